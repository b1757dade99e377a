import { sql, type Kysely } from 'kysely';
import type { Invitation, OwnSession } from '../../src/api/team-contract';
import { deviceName } from '../../src/domain/staff-rules';
import type { Role } from '../../src/domain/permissions';
import type { Database } from '../sql/schema';
import { hashPassword, verifyPassword } from './password';
import { hashSessionToken } from './session-token';
import { SESSION_IDLE_HOURS } from './staff-directory';

/** Same lock as seeding (server/seed/first-start.ts): setup and seeding never both make a first MSP. */
export const FIRST_MSP_LOCK = 4_242_001;

export type AcceptOutcome =
  | { ok: true; staffId: string; mspId: string; email: string; role: Role }
  | { ok: false; reason: 'gone' | 'email-taken' };

/**
 * What a staff member does for themselves, and the two ways in that need no
 * session: accepting an invite and the first start's setup. Node only (the
 * passwords are hashed with scrypt); the demo has no sign-in.
 */
export class StaffAccess {
  constructor(private readonly db: Kysely<Database>) {}

  /** An open, unexpired invite by its link's token hash. */
  async invitation(tokenHash: string, now: Date): Promise<Invitation | null> {
    const row = await this.db
      .selectFrom('staff_invites')
      .innerJoin('msps', 'msps.id', 'staff_invites.msp_id')
      .select(['staff_invites.email', 'staff_invites.role', 'staff_invites.expires_at', 'msps.name as mspName'])
      .where('staff_invites.token_hash', '=', tokenHash)
      .where('staff_invites.accepted_at', 'is', null)
      .where('staff_invites.revoked_at', 'is', null)
      .where('staff_invites.expires_at', '>', now)
      .executeTakeFirst();
    return row
      ? { email: row.email, role: row.role, mspName: row.mspName, expiresAt: row.expires_at.toISOString() }
      : null;
  }

  /** Uses the invite (once: the row is locked and marked) and creates the staff member with their own password. */
  async acceptInvite(tokenHash: string, input: { name: string; password: string }, now: Date): Promise<AcceptOutcome> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction().execute(async (trx) => {
      const invite = await trx
        .selectFrom('staff_invites')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .forUpdate()
        .executeTakeFirst();
      if (!invite) return { ok: false, reason: 'gone' };
      const inserted = await trx
        .insertInto('staff_users')
        .values({
          msp_id: invite.msp_id,
          email: invite.email,
          email_key: invite.email_key,
          name: input.name,
          password_hash: passwordHash,
          role: invite.role,
        })
        .onConflict((conflict) => conflict.column('email_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return { ok: false, reason: 'email-taken' };
      await trx.updateTable('staff_invites').set({ accepted_at: now }).where('id', '=', invite.id).execute();
      return { ok: true, staffId: String(inserted.id), mspId: invite.msp_id, email: invite.email, role: invite.role };
    });
  }

  /** The staff member's live sessions, the one behind `currentToken` marked. */
  async sessions(staffId: string, currentToken: string, now: Date): Promise<OwnSession[]> {
    const current = hashSessionToken(currentToken);
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'token_hash', 'user_agent', 'client', 'created_at', 'last_seen_at'])
      .where('staff_user_id', '=', staffId)
      .where('expires_at', '>', now)
      .where('last_seen_at', '>', new Date(now.getTime() - SESSION_IDLE_HOURS * 3_600_000))
      .orderBy('last_seen_at', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      device: deviceName(row.user_agent),
      client: row.client,
      createdAt: row.created_at.toISOString(),
      lastSeenAt: row.last_seen_at.toISOString(),
      current: row.token_hash === current,
    }));
  }

  /** Ends one of the staff member's own sessions; null when it is not theirs (or gone). */
  async endSession(staffId: string, sessionId: string): Promise<{ userAgent: string | null } | null> {
    const row = await this.db
      .deleteFrom('sessions')
      .where('staff_user_id', '=', staffId)
      .where('id', '=', sessionId)
      .returning('user_agent')
      .executeTakeFirst();
    return row ? { userAgent: row.user_agent } : null;
  }

  async passwordHashOf(staffId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('staff_users')
      .select('password_hash')
      .where('id', '=', staffId)
      .where('deactivated_at', 'is', null)
      .executeTakeFirst();
    return row?.password_hash ?? null;
  }

  /** Checks the current password, sets the new one and ends every other session (the current one stays). */
  async changePassword(
    staffId: string,
    currentToken: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<'changed' | 'wrong-password'> {
    const stored = await this.passwordHashOf(staffId);
    if (!stored || !(await verifyPassword(currentPassword, stored))) return 'wrong-password';
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('staff_users').set({ password_hash: passwordHash }).where('id', '=', staffId).execute();
      await trx
        .deleteFrom('sessions')
        .where('staff_user_id', '=', staffId)
        .where('token_hash', '!=', hashSessionToken(currentToken))
        .execute();
    });
    return 'changed';
  }

  /** Setup is open until the first Admin exists (anywhere: one installation, its first MSP). */
  async setupOpen(): Promise<boolean> {
    const admin = await this.db
      .selectFrom('staff_users')
      .select('id')
      .where('role', '=', 'admin')
      .limit(1)
      .executeTakeFirst();
    return !admin;
  }

  /** Creates the MSP and its first Admin, unless one appeared meanwhile (the lock orders concurrent setups). */
  async completeSetup(input: {
    mspId: string;
    mspName: string;
    name: string;
    email: string;
    emailKey: string;
    password: string;
  }): Promise<{ ok: true; staffId: string } | { ok: false; reason: 'closed' | 'email-taken' }> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${FIRST_MSP_LOCK})`.execute(trx);
      const admin = await trx
        .selectFrom('staff_users')
        .select('id')
        .where('role', '=', 'admin')
        .limit(1)
        .executeTakeFirst();
      if (admin) return { ok: false, reason: 'closed' };
      const taken = await trx
        .selectFrom('staff_users')
        .select('id')
        .where('email_key', '=', input.emailKey)
        .executeTakeFirst();
      if (taken) return { ok: false, reason: 'email-taken' };
      await trx.insertInto('msps').values({ id: input.mspId, name: input.mspName }).execute();
      const row = await trx
        .insertInto('staff_users')
        .values({
          msp_id: input.mspId,
          email: input.email,
          email_key: input.emailKey,
          name: input.name,
          password_hash: passwordHash,
          role: 'admin',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { ok: true, staffId: String(row.id) };
    });
  }

  /** The MSP an address signs in to, deactivated or not: where a failed sign-in is written in the audit log. */
  async mspOfEmail(emailKey: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('staff_users')
      .select('msp_id')
      .where('email_key', '=', emailKey)
      .executeTakeFirst();
    return row?.msp_id ?? null;
  }
}
