import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import * as accountsAndStaff from './migrations/0001-accounts-and-staff';
import * as fleetSnapshots from './migrations/0002-fleet-snapshots';
import * as accountSearch from './migrations/0003-account-search';
import * as hardening from './migrations/0004-hardening';
import * as settlement from './migrations/0005-settlement';
import * as roles from './migrations/0006-roles';
import * as teamAccess from './migrations/0007-team-access';
import * as activityAndAlerts from './migrations/0008-activity-and-alerts';
import * as historyEffectiveDay from './migrations/0009-history-effective-day';
import * as teams from './migrations/0010-teams';
import * as searchWithinMsp from './migrations/0011-search-within-msp';
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
  '0007-team-access': teamAccess,
  '0008-activity-and-alerts': activityAndAlerts,
  '0009-history-effective-day': historyEffectiveDay,
  '0010-teams': teams,
  '0011-search-within-msp': searchWithinMsp,
};

/**
 * Brings the database up to date, and says which migrations it ran (none when it was up to date). Kysely holds an
 * advisory lock meanwhile, so several servers may start at once.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Kysely looks for its own tables in every schema unless told which: with two schemas in one database (the tests,
  // or two installations side by side) it would find the other's and skip creating its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Branches took their numbers in advance and merge in any order: a database that already ran 0008 still runs
    // 0007 when it arrives. Each migration only adds its own tables and columns, so the order between them is free.
    allowUnorderedMigrations: true,
    ...(rows[0]?.schema ? { migrationTableSchema: rows[0].schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed)
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`.trim(), { cause: error });
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
