import type { Kysely, Transaction } from 'kysely';
import type { Scope } from '../store/account-record';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every statement on one MSP's rows starts here, so none can forget the
 * `msp_id` condition: reads, updates and deletes of accounts and history
 * alike. (Inserts carry msp_id in their values; the scheduler's cross-MSP
 * `due()` query is the one deliberate exception, and it only finds work.)
 */
export const scoped = {
  accounts: (db: Db, scope: Scope) => db.selectFrom('accounts').where('msp_id', '=', scope.mspId),
  history: (db: Db, scope: Scope) => db.selectFrom('account_history').where('msp_id', '=', scope.mspId),
  updateAccounts: (db: Db, scope: Scope) => db.updateTable('accounts').where('msp_id', '=', scope.mspId),
  deleteAccounts: (db: Db, scope: Scope) => db.deleteFrom('accounts').where('msp_id', '=', scope.mspId),
  staff: (db: Db, scope: Scope) => db.selectFrom('staff_users').where('staff_users.msp_id', '=', scope.mspId),
  updateStaff: (db: Db, scope: Scope) => db.updateTable('staff_users').where('msp_id', '=', scope.mspId),
  invites: (db: Db, scope: Scope) => db.selectFrom('staff_invites').where('msp_id', '=', scope.mspId),
  updateInvites: (db: Db, scope: Scope) => db.updateTable('staff_invites').where('msp_id', '=', scope.mspId),
};
