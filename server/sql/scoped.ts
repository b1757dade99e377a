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
    return eb.exists(
      eb
        .selectFrom('account_assignments')
        .select('account_assignments.account_number')
        .whereRef('account_assignments.account_number', '=', 'accounts.account_number')
        .where('account_assignments.msp_id', '=', scope.mspId)
        .where('account_assignments.staff_user_id', '=', staffId),
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
  alertState: (db: Db, scope: Scope) => db.selectFrom('staff_alert_state').where('msp_id', '=', scope.mspId),
  snapshots: (db: Db, scope: Scope) => db.selectFrom('fleet_snapshots').where('msp_id', '=', scope.mspId),
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
