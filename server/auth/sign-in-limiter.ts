import { sql, type Kysely } from 'kysely';
import type { Database } from '../sql/schema';

/**
 * The brake on password guessing, counted in the database so that every
 * server process on it sees the same counts. Within a 15-minute window:
 * - per (email, client): 5 failures, then 429 until the oldest leaves the window;
 * - per client, whatever the emails: 30 failures (this also caps how many
 *   unknown emails, each costing a full scrypt hash, one client can try);
 * - per email, from all clients: past 20 failures, a client that has itself
 *   failed on that email waits longer with each further failure (2, 4, 8 …
 *   seconds, up to the window). A client that has not failed on it is not
 *   held back, so strangers cannot lock a known staff member out: the right
 *   password from their own browser still works.
 * An attempt is counted before the password is checked (so a burst of
 * parallel guesses is counted too) and forgiven when it succeeds.
 */
export const signInPolicy = {
  windowMs: 15 * 60_000,
  perEmailAndClient: 5,
  perClient: 30,
  perEmailBeforeBackoff: 20,
} as const;

/**
 * Where a password change's wrong current passwords are counted: beside the sign-in failures, under a key no
 * email can be (it has no "@"), one per staff member, so the same limits and backoff hold for both.
 */
export function passwordChangeKey(staffId: string): string {
  return `password-change:${staffId}`;
}

export class SignInLimiter {
  constructor(private readonly db: Kysely<Database>) {}

  /** Seconds to wait before this client may try this email again, or 0. */
  async retryAfter(emailKey: string, client: string, now = new Date()): Promise<number> {
    const since = new Date(now.getTime() - signInPolicy.windowMs);
    const row = await this.db
      .selectFrom('sign_in_failures')
      .where('at', '>', since)
      .where((eb) => eb.or([eb('email_key', '=', emailKey), eb('client', '=', client)]))
      .select([
        sql<number>`count(*) filter (where email_key = ${emailKey} and client = ${client})::int`.as('pair'),
        sql<Date | null>`min(at) filter (where email_key = ${emailKey} and client = ${client})`.as('pairOldest'),
        sql<number>`count(*) filter (where client = ${client})::int`.as('client'),
        sql<Date | null>`min(at) filter (where client = ${client})`.as('clientOldest'),
        sql<number>`count(*) filter (where email_key = ${emailKey})::int`.as('email'),
        sql<Date | null>`max(at) filter (where email_key = ${emailKey})`.as('emailLatest'),
      ])
      .executeTakeFirstOrThrow();
    const until = (start: Date | string | null, ms: number) =>
      start === null ? 0 : Math.max(0, Math.ceil((new Date(start).getTime() + ms - now.getTime()) / 1000));
    let wait = 0;
    if (row.pair >= signInPolicy.perEmailAndClient) wait = Math.max(wait, until(row.pairOldest, signInPolicy.windowMs));
    if (row.client >= signInPolicy.perClient) wait = Math.max(wait, until(row.clientOldest, signInPolicy.windowMs));
    if (row.email >= signInPolicy.perEmailBeforeBackoff && row.pair > 0) {
      const backoffMs = Math.min(
        signInPolicy.windowMs,
        2 ** (row.email - signInPolicy.perEmailBeforeBackoff + 1) * 1000,
      );
      wait = Math.max(wait, until(row.emailLatest, backoffMs));
    }
    return wait;
  }

  /** Counts an attempt as failed before the password is checked; `forgive` takes it back on success. */
  async attempt(emailKey: string, client: string, now = new Date()): Promise<{ forgive: () => Promise<void> }> {
    await this.db.insertInto('sign_in_failures').values({ email_key: emailKey, client, at: now }).execute();
    // Old rows go now and then, on the way: no timer to run.
    if (Math.random() < 0.02)
      await this.db
        .deleteFrom('sign_in_failures')
        .where('at', '<=', new Date(now.getTime() - signInPolicy.windowMs))
        .execute();
    return {
      forgive: async () => {
        // A success clears this client's failures on this email, not anyone else's.
        await this.db
          .deleteFrom('sign_in_failures')
          .where('email_key', '=', emailKey)
          .where('client', '=', client)
          .execute();
      },
    };
  }
}
