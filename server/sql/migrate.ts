import { Migrator, type Kysely, type Migration } from 'kysely';
import * as accountsAndStaff from './migrations/0001-accounts-and-staff';
import * as fleetSnapshots from './migrations/0002-fleet-snapshots';
import * as accountSearch from './migrations/0003-account-search';
import * as hardening from './migrations/0004-hardening';
import * as settlement from './migrations/0005-settlement';
import * as roles from './migrations/0006-roles';
import * as activityAndAlerts from './migrations/0008-activity-and-alerts';
import * as historyEffectiveDay from './migrations/0009-history-effective-day';
import type { Database } from './schema';

/**
 * Migrations in order, by name. Listed here rather than read from the folder,
 * so they are the same whether the server runs from source or from a bundle.
 * Never edit one that has shipped: add the next.
 */
const migrations: Record<string, Migration> = {
  '0001-accounts-and-staff': accountsAndStaff,
  '0002-fleet-snapshots': fleetSnapshots,
  '0003-account-search': accountSearch,
  '0004-hardening': hardening,
  '0005-settlement': settlement,
  '0006-roles': roles,
  '0008-activity-and-alerts': activityAndAlerts,
  '0009-history-effective-day': historyEffectiveDay,
};

/** Brings the database up to date. Kysely holds an advisory lock meanwhile, so several servers may start at once. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed)
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`.trim(), { cause: error });
}
