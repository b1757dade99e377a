import { sql, type Kysely, type Transaction } from 'kysely';
import type { Invite, StaffMember } from '../../src/api/team-contract';
import type { Role } from '../../src/domain/permissions';
import { lastAdminRefusal } from '../../src/domain/staff-rules';
import type { NewInvite, StaffChange, TeamStore } from '../app/team-store';
import type { Scope } from '../store/account-record';
import type { Database } from './schema';
import { scoped } from './scoped';

type Db = Kysely<Database> | Transaction<Database>;

const BIGINT_ID = /^\d{1,18}$/;

function staffRows(db: Db, scope: Scope) {
  return scoped.teamStaff(db, scope).select((eb) => [
    'staff_users.id as id',
    'staff_users.name as name',
    'staff_users.email as email',
    'staff_users.role as role',
    'staff_users.deactivated_at as deactivatedAt',
    'staff_users.created_at as createdAt',
    eb
      .selectFrom('sessions')
      .whereRef('sessions.staff_user_id', '=', 'staff_users.id')
      .select((inner) => inner.fn.max('sessions.last_seen_at').as('seen'))
      .as('lastSeenAt'),
  ]);
}

type StaffRow = Awaited<ReturnType<ReturnType<typeof staffRows>['execute']>>[number];

function staffView(row: StaffRow): StaffMember {
  return {
    id: String(row.id),
    name: row.name,
    email: row.email,
    role: row.role,
    status: row.deactivatedAt ? 'deactivated' : 'active',
    lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt).toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

type InviteRow = {
  id: string;
  email: string;
  role: Role;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
};

function inviteView(row: InviteRow): Invite {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invited_by,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

const inviteColumns = ['id', 'email', 'role', 'invited_by', 'created_at', 'expires_at'] as const;

/** The Team page over the database: every statement scoped by MSP, changes under the MSP row's lock. */
export class SqlTeamStore implements TeamStore {
  constructor(private readonly db: Kysely<Database>) {}

  async team(scope: Scope, now: Date) {
    const [staff, invites] = await Promise.all([
      staffRows(this.db, scope).orderBy('staff_users.created_at').orderBy('staff_users.id').execute(),
      scoped
        .invites(this.db, scope)
        .select(inviteColumns)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .execute(),
    ]);
    return { staff: staff.map(staffView), invites: invites.map(inviteView) };
  }

  async invite(scope: Scope, invite: NewInvite) {
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('staff_users')
        .select('id')
        .where('email_key', '=', invite.emailKey)
        .executeTakeFirst();
      if (taken) return { ok: false as const, reason: 'staff-exists' as const };
      // Inviting the address again replaces its open invite: the older link stops working.
      await trx
        .updateTable('staff_invites')
        .set({ revoked_at: invite.createdAt })
        .where('email_key', '=', invite.emailKey)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      const row = await trx
        .insertInto('staff_invites')
        .values({
          msp_id: scope.mspId,
          email: invite.email,
          email_key: invite.emailKey,
          role: invite.role,
          token_hash: invite.tokenHash,
          invited_by: invite.invitedBy,
          created_at: invite.createdAt,
          expires_at: invite.expiresAt,
        })
        .returning(inviteColumns)
        .executeTakeFirstOrThrow();
      return { ok: true as const, invite: inviteView(row) };
    });
  }

  async revokeInvite(scope: Scope, inviteId: string, now: Date) {
    const row = await scoped
      .updateInvites(this.db, scope)
      .set({ revoked_at: now })
      .where('id', '=', inviteId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(inviteColumns)
      .executeTakeFirst();
    return row ? inviteView(row) : null;
  }

  /**
   * Reads the MSP's staff under the MSP row's lock, applies the last-Admin rule, writes; then ends the target's
   * sessions (deactivated) or marks them for a new id (a new role).
   */
  private async change(
    scope: Scope,
    staffId: string,
    next: (row: StaffMember) => { role: Role; active: boolean },
    now: Date,
  ): Promise<StaffChange> {
    if (!BIGINT_ID.test(staffId)) return { ok: false, reason: 'not-found' };
    return this.db.transaction().execute(async (trx) => {
      await sql`select id from msps where id = ${scope.mspId} for update`.execute(trx);
      const team = (await staffRows(trx, scope).execute()).map(staffView);
      const before = team.find((member) => member.id === staffId);
      if (!before) return { ok: false, reason: 'not-found' };
      if (before.status === 'deactivated') return { ok: false, reason: 'deactivated' };
      const wanted = next(before);
      const standing = team.map((member) => ({ id: member.id, role: member.role, active: member.status === 'active' }));
      if (lastAdminRefusal(standing, staffId, wanted)) return { ok: false, reason: 'last-admin' };
      if (wanted.role === before.role && wanted.active) return { ok: true, before, after: before };
      await scoped
        .updateStaff(trx, scope)
        .set({ role: wanted.role, ...(wanted.active ? {} : { deactivated_at: now }) })
        .where('id', '=', staffId)
        .execute();
      if (wanted.active)
        // A new role: their sessions stay signed in, each with a new id from its next request on (the old id then
        // answers 401), and the role holds at once since every request reads it afresh (server/auth/staff-directory.ts).
        await trx.updateTable('sessions').set({ rotate_pending: true }).where('staff_user_id', '=', staffId).execute();
      // Deactivated: every session of theirs ends now (the next request answers 401).
      else await trx.deleteFrom('sessions').where('staff_user_id', '=', staffId).execute();
      const after = (await staffRows(trx, scope).where('staff_users.id', '=', staffId).execute()).map(staffView)[0]!;
      return { ok: true, before, after };
    });
  }

  async changeRole(scope: Scope, staffId: string, role: Role) {
    return this.change(scope, staffId, () => ({ role, active: true }), new Date());
  }

  async deactivate(scope: Scope, staffId: string, now: Date) {
    return this.change(scope, staffId, (member) => ({ role: member.role, active: false }), now);
  }
}
