import type { Kysely } from 'kysely';
import type { Session } from '../../src/api/session-contract';
import { normalizeEmail } from '../../src/domain/email';
import type { Role } from '../../src/domain/permissions';
import type { Database } from '../sql/schema';
import { ReadCache } from '../store/read-cache';
import type { WriteGeneration } from '../store/write-generation';
import { hashPassword } from './password';
import { hashSessionToken, newSessionToken } from './session-token';

/** How long a session lasts from sign-in. Fixed, not sliding: a stolen cookie is worth half a day at most. */
export const SESSION_HOURS = 12;
/** A session with no request for this long has ended, even within its 12 hours. */
export const SESSION_IDLE_HOURS = 2;
/**
 * After a session's id is rotated (its staff member's role changed), the old id still answers for this long: the
 * console sends several requests at once, and only the first gets the new cookie. Then it answers 401.
 */
export const ROTATION_GRACE_MS = 2_000;
/** last_seen_at is written at most this often, so that every request does not cost a write. */
const SEEN_GRANULARITY_MS = 60_000;
/** Sessions kept by a directory that caches them (one line each: a few hundred bytes). */
const SESSION_CACHE_CAPACITY = 1_000;

/** A live session's row as a lookup reads it: its staff member, and what decides whether it is still live. */
type SessionRow = StaffMember & { lastSeenAt: Date; expiresAt: Date; rotatePending: boolean };

/**
 * Whether a session row read earlier, with nothing written since, answers a lookup at `now` as the database
 * would (the same expiry and idle limits as the query below), with nothing to write: no rotation due, and
 * last_seen_at recent enough not to be written again.
 */
function answersWithoutWriting(row: SessionRow | null, now: Date): boolean {
  if (!row || row.rotatePending) return false;
  const sinceSeen = now.getTime() - row.lastSeenAt.getTime();
  return row.expiresAt > now && sinceSeen < SESSION_IDLE_HOURS * 3_600_000 && sinceSeen < SEEN_GRANULARITY_MS;
}

export interface StaffMember {
  id: string;
  mspId: string;
  mspName: string;
  email: string;
  name: string | null;
  passwordHash: string;
  role: Role;
}

/** A session's token for the cookie, and when the session ends. */
export interface SessionGrant {
  token: string;
  expiresAt: Date;
}

function withoutGrant({ rotated: _rotated, ...staff }: StaffMember & { rotated?: SessionGrant }): StaffMember {
  return staff;
}

export function sessionBody(staff: StaffMember): Session {
  return {
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
    msp: { id: staff.mspId, name: staff.mspName },
  };
}

/** MSPs, their staff and sessions in the database. */
export class StaffDirectory {
  private readonly sessionRows: ReadCache | null;

  /**
   * `writes`: where this process is the database's only writer (PGlite), session rows are kept until the next write
   * to the database, any write (a sign-out, a password or role change, a rotation, a staff member removed, or
   * last_seen_at itself); expiry and the idle limit are still checked against `now` on every request. Never on
   * PostgreSQL, where another process may end a session unseen.
   */
  constructor(
    private readonly db: Kysely<Database>,
    writes: WriteGeneration | null = null,
  ) {
    this.sessionRows = writes ? new ReadCache(writes, SESSION_CACHE_CAPACITY) : null;
  }

  private staffQuery() {
    return (
      this.db
        .selectFrom('staff_users')
        .innerJoin('msps', 'msps.id', 'staff_users.msp_id')
        .select([
          'staff_users.id as id',
          'staff_users.msp_id as mspId',
          'msps.name as mspName',
          'staff_users.email as email',
          'staff_users.name as name',
          'staff_users.password_hash as passwordHash',
          'staff_users.role as role',
        ])
        // A deactivated staff member is nobody: cannot sign in, and their sessions answer 401 at once.
        .where('staff_users.deactivated_at', 'is', null)
    );
  }

  async findByEmail(email: string): Promise<StaffMember | null> {
    const row = await this.staffQuery().where('staff_users.email_key', '=', normalizeEmail(email)).executeTakeFirst();
    return row ?? null;
  }

  /** The MSP, created if it is new; then the staff member. Refuses an email already in use by staff. */
  async createStaff(input: {
    mspId: string;
    mspName: string;
    email: string;
    name?: string | null;
    password: string;
    /** Staff created from the command line or by seeding are Admins. */
    role?: Role;
  }): Promise<{ ok: true } | { ok: false; reason: 'email-taken' }> {
    const passwordHash = await hashPassword(input.password);
    const write = async (trx: Kysely<Database>) => {
      await trx
        .insertInto('msps')
        .values({ id: input.mspId, name: input.mspName })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .execute();
      const inserted = await trx
        .insertInto('staff_users')
        .values({
          msp_id: input.mspId,
          email: input.email.trim(),
          email_key: normalizeEmail(input.email),
          name: input.name ?? null,
          password_hash: passwordHash,
          role: input.role ?? 'admin',
        })
        .onConflict((conflict) => conflict.column('email_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted ? { ok: true as const } : { ok: false as const, reason: 'email-taken' as const };
    };
    // Seeding calls this inside its own transaction; Kysely does not nest them.
    return this.db.isTransaction ? write(this.db) : this.db.transaction().execute(write);
  }

  async findMspByName(name: string): Promise<{ id: string; name: string } | null> {
    const row = await this.db.selectFrom('msps').select(['id', 'name']).where('name', '=', name).executeTakeFirst();
    return row ?? null;
  }

  /** A new session; returns the token for the cookie. */
  async startSession(
    staffId: string,
    now: Date,
    device: { userAgent?: string | null; client?: string | null } = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: hashSessionToken(token),
        staff_user_id: staffId,
        expires_at: expiresAt,
        last_seen_at: now,
        // Shown to the staff member in their session list ("Firefox on Windows"); no NUL reaches PostgreSQL.
        user_agent: device.userAgent?.replace(/\p{Cc}/gu, '').slice(0, 512) ?? null,
        client: device.client?.slice(0, 64) ?? null,
      })
      .execute();
    // Expired sessions go now and then, on the way: no timer to run.
    if (Math.random() < 0.05) await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    return { token, expiresAt };
  }

  /** Session lookups under way, by token hash: requests that arrive together share one. */
  private readonly lookups = new Map<string, Promise<(StaffMember & { rotated?: SessionGrant }) | null>>();

  /**
   * The staff member of a live session. When their role changed since the last request (rotate_pending), this
   * request gives the session a new id: `rotated` is the new token for the cookie.
   *
   * The console asks for a page's data in parallel (board, summary, alerts…), all with one cookie: the requests
   * that arrive while a lookup of that session is under way share its answer instead of each asking the database
   * (only the first is given a rotated cookie; the others are served under the swap, as a later request would be).
   * Nothing is kept once it answers, so a session that ends is refused from the next request on, in every process.
   */
  findSession(token: string, now: Date): Promise<(StaffMember & { rotated?: SessionGrant }) | null> {
    const tokenHash = hashSessionToken(token);
    const underWay = this.lookups.get(tokenHash);
    if (underWay) return underWay.then((staff) => (staff?.rotated ? withoutGrant(staff) : staff));
    const lookup = this.lookUpSession(tokenHash, now).finally(() => this.lookups.delete(tokenHash));
    this.lookups.set(tokenHash, lookup);
    return lookup;
  }

  private sessionRow(tokenHash: string, now: Date): Promise<SessionRow | null> {
    return this.staffQuery()
      .innerJoin('sessions', 'sessions.staff_user_id', 'staff_users.id')
      .select([
        'sessions.last_seen_at as lastSeenAt',
        'sessions.expires_at as expiresAt',
        'sessions.rotate_pending as rotatePending',
      ])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now)
      .where('sessions.last_seen_at', '>', new Date(now.getTime() - SESSION_IDLE_HOURS * 3_600_000))
      .executeTakeFirst()
      .then((row) => row ?? null);
  }

  private async lookUpSession(
    tokenHash: string,
    now: Date,
  ): Promise<(StaffMember & { rotated?: SessionGrant }) | null> {
    const row = this.sessionRows
      ? await this.sessionRows.read(
          tokenHash,
          () => this.sessionRow(tokenHash, now),
          (kept) => answersWithoutWriting(kept, now),
        )
      : await this.sessionRow(tokenHash, now);
    if (!row) return null;
    const { lastSeenAt, expiresAt: _expiresAt, rotatePending, ...staff } = row;
    if (rotatePending) {
      const rotated = await this.rotatePending(tokenHash, now);
      if (rotated) return { ...staff, rotated };
    } else if (now.getTime() - lastSeenAt.getTime() >= SEEN_GRANULARITY_MS)
      await this.db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
    return staff;
  }

  /**
   * Swaps a session marked for rotation for a new one (same device, same expiry). The old id keeps working for
   * ROTATION_GRACE_MS only, for the requests the console sent alongside this one, which carry it too; a request
   * that finds the swap done already is served under it without a new cookie. Null when another request won.
   */
  private async rotatePending(tokenHash: string, now: Date): Promise<SessionGrant | null> {
    return this.db.transaction().execute(async (trx) => {
      const old = await trx
        .selectFrom('sessions')
        .select(['staff_user_id', 'expires_at', 'user_agent', 'client', 'created_at'])
        .where('token_hash', '=', tokenHash)
        .where('rotate_pending', '=', true)
        .forUpdate()
        .executeTakeFirst();
      if (!old) return null;
      const graceEnds = new Date(Math.min(old.expires_at.getTime(), now.getTime() + ROTATION_GRACE_MS));
      await trx
        .updateTable('sessions')
        .set({ rotate_pending: false, expires_at: graceEnds })
        .where('token_hash', '=', tokenHash)
        .execute();
      const token = newSessionToken();
      await trx
        .insertInto('sessions')
        .values({
          token_hash: hashSessionToken(token),
          staff_user_id: old.staff_user_id,
          created_at: old.created_at,
          expires_at: old.expires_at,
          last_seen_at: now,
          user_agent: old.user_agent,
          client: old.client,
        })
        .execute();
      return { token, expiresAt: old.expires_at };
    });
  }

  /**
   * The hook for a change of rights (a new role, a reset password): the
   * session behind `token` gets a new id with the same expiry, and every other
   * session of that staff member ends. Returns the new token for the cookie,
   * or null when the session is gone.
   */
  async rotateSession(token: string, now: Date): Promise<{ token: string; expiresAt: Date } | null> {
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .deleteFrom('sessions')
        .where('token_hash', '=', hashSessionToken(token))
        .where('expires_at', '>', now)
        .returning(['staff_user_id', 'expires_at'])
        .executeTakeFirst();
      if (!current) return null;
      await trx.deleteFrom('sessions').where('staff_user_id', '=', current.staff_user_id).execute();
      const next = newSessionToken();
      await trx
        .insertInto('sessions')
        .values({
          token_hash: hashSessionToken(next),
          staff_user_id: current.staff_user_id,
          expires_at: current.expires_at,
          last_seen_at: now,
        })
        .execute();
      return { token: next, expiresAt: current.expires_at };
    });
  }

  async endSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashSessionToken(token)).execute();
  }
}
