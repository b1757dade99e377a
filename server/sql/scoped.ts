import type { Kysely, Transaction } from 'kysely';
import type { Scope } from '../store/account-record';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every statement on one MSP's rows starts here, so none can forget the
 * `msp_id` condition: reads, updates and deletes of accounts and history
 * alike, and the fleet snapshots the insights read. (Inserts carry msp_id in
 * their values; the scheduler's questions go through `acrossMsps` below.)
 * tests/contract/fleet-stores.test.ts checks both: every statement run carries
 * the MSP, and no file in server/sql names these tables but this one.
 */
export const scoped = {
  accounts: (db: Db, scope: Scope) => db.selectFrom('accounts').where('msp_id', '=', scope.mspId),
  history: (db: Db, scope: Scope) => db.selectFrom('account_history').where('msp_id', '=', scope.mspId),
  updateAccounts: (db: Db, scope: Scope) => db.updateTable('accounts').where('msp_id', '=', scope.mspId),
  deleteAccounts: (db: Db, scope: Scope) => db.deleteFrom('accounts').where('msp_id', '=', scope.mspId),
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
