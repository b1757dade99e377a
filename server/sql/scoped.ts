import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { visibilityOf, type Scope } from '../store/account-record';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/** staff_users.id is a bigint: any other text names nobody (and must not reach a bigint comparison). */
export function isStaffUserId(id: string | undefined): id is string {
  return id !== undefined && /^[1-9]\d{0,17}$/.test(id);
}

/**
 * The accounts a limited role sees, beyond its MSP (roleVisibility in
 * src/domain/permissions.ts): trials and the paid accounts its staff member
 * converted, or the accounts assigned to them. Null for the whole MSP.
 */
function within(scope: Scope) {
  const visibility = visibilityOf(scope);
  if (visibility === 'all') return null;
  const staffId = scope.staffId;
  return (eb: ExpressionBuilder<Database, 'accounts'>) => {
    if (!isStaffUserId(staffId)) return eb.lit(false);
    if (visibility === 'trials-and-converted')
      return eb.or([eb('accounts.plan', '=', 'trial'), eb('accounts.converted_by', '=', staffId)]);
    // Assigned to them, or to a team they are in: one IN over a UNION ALL, which the planner makes a semi-join (the
    // technician's few account numbers first, each then an index lookup in accounts). An OR of two EXISTS would
    // scan every account of the MSP instead (measured: 111 ms against 6 ms over 50,000 accounts on PostgreSQL).
    return eb(
      'accounts.account_number',
      'in',
      eb
        .selectFrom('account_assignments')
        .select('account_assignments.account_number')
        .where('account_assignments.msp_id', '=', scope.mspId)
        .where('account_assignments.staff_user_id', '=', staffId)
        .unionAll(
          eb
            .selectFrom('team_account_assignments')
            .innerJoin('team_members', (join) =>
              join
                .onRef('team_members.msp_id', '=', 'team_account_assignments.msp_id')
                .onRef('team_members.team_id', '=', 'team_account_assignments.team_id'),
            )
            .select('team_account_assignments.account_number')
            .where('team_account_assignments.msp_id', '=', scope.mspId)
            .where('team_members.staff_user_id', '=', staffId),
        ),
    );
  };
}

/**
 * Every statement on one MSP's rows starts here, so none can forget the
 * `msp_id` condition, nor the limit of the caller's role: reads, updates and
 * deletes of accounts and history alike, and the fleet snapshots the
 * insights read. (Inserts carry msp_id in their values; the scheduler's
 * questions go through `acrossMsps` below.) tests/contract/fleet-stores.test.ts
 * checks both: every statement run carries the MSP, and no file in
 * server/sql names these tables but this one.
 */
export const scoped = {
  accounts: (db: Db, scope: Scope) => {
    const query = db.selectFrom('accounts').where('accounts.msp_id', '=', scope.mspId);
    const limit = within(scope);
    return limit ? query.where(limit) : query;
  },
  history: (db: Db, scope: Scope) => {
    const query = db.selectFrom('account_history').where('msp_id', '=', scope.mspId);
    // A limited role reads the history of the accounts it sees now (a deleted account's is nobody's to read).
    return within(scope)
      ? query.where('account_number', 'in', scoped.accounts(db, scope).select('accounts.account_number'))
      : query;
  },
  updateAccounts: (db: Db, scope: Scope) => {
    const query = db.updateTable('accounts').where('accounts.msp_id', '=', scope.mspId);
    const limit = within(scope);
    return limit ? query.where(limit) : query;
  },
  deleteAccounts: (db: Db, scope: Scope) => {
    const query = db.deleteFrom('accounts').where('accounts.msp_id', '=', scope.mspId);
    const limit = within(scope);
    return limit ? query.where(limit) : query;
  },
  assignments: (db: Db, scope: Scope) => db.selectFrom('account_assignments').where('msp_id', '=', scope.mspId),
  staff: (db: Db, scope: Scope) =>
    db.selectFrom('staff_users').where('msp_id', '=', scope.mspId).where('deactivated_at', 'is', null),
  snapshots: (db: Db, scope: Scope) => db.selectFrom('fleet_snapshots').where('msp_id', '=', scope.mspId),
  /** The whole team, deactivated staff included (the Team page lists them, with their name). */
  teamStaff: (db: Db, scope: Scope) => db.selectFrom('staff_users').where('staff_users.msp_id', '=', scope.mspId),
  updateStaff: (db: Db, scope: Scope) => db.updateTable('staff_users').where('msp_id', '=', scope.mspId),
  invites: (db: Db, scope: Scope) => db.selectFrom('staff_invites').where('msp_id', '=', scope.mspId),
  updateInvites: (db: Db, scope: Scope) => db.updateTable('staff_invites').where('msp_id', '=', scope.mspId),
  alertState: (db: Db, scope: Scope) => db.selectFrom('staff_alert_state').where('msp_id', '=', scope.mspId),
  teams: (db: Db, scope: Scope) => db.selectFrom('teams').where('teams.msp_id', '=', scope.mspId),
  updateTeams: (db: Db, scope: Scope) => db.updateTable('teams').where('teams.msp_id', '=', scope.mspId),
  deleteTeams: (db: Db, scope: Scope) => db.deleteFrom('teams').where('teams.msp_id', '=', scope.mspId),
  teamMembers: (db: Db, scope: Scope) => db.selectFrom('team_members').where('team_members.msp_id', '=', scope.mspId),
  deleteTeamMembers: (db: Db, scope: Scope) =>
    db.deleteFrom('team_members').where('team_members.msp_id', '=', scope.mspId),
  teamAssignments: (db: Db, scope: Scope) =>
    db.selectFrom('team_account_assignments').where('team_account_assignments.msp_id', '=', scope.mspId),
  deleteTeamAssignments: (db: Db, scope: Scope) =>
    db.deleteFrom('team_account_assignments').where('team_account_assignments.msp_id', '=', scope.mspId),
};

/**
 * The scheduler's questions span every MSP on purpose: which accounts have
 * something due, which MSPs lack a snapshot. They only find work; the work
 * itself is then done through `scoped`, one MSP at a time.
 */
export const acrossMsps = {
  accounts: (db: Db) => db.selectFrom('accounts'),
  snapshots: (db: Db) => db.selectFrom('fleet_snapshots'),
};
