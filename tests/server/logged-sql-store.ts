import { createQueryId } from 'kysely';
import { openDatabase } from '../../server/sql/database';
import { migrateToLatest } from '../../server/sql/migrate';
import { SqlStore } from '../../server/sql/sql-store';
import { insertAccounts } from '../../server/seed/insert-accounts';
import type { AccountRecord } from '../../server/store/account-record';
import type { TestDatabase } from './live-server-harness';

/**
 * A SQL store over a fresh, migrated database holding the given MSPs and accounts, with every statement it
 * runs written down: contract tests check what the store asked of the database, not only what it answered.
 */
export async function loggedSqlStore(
  database: TestDatabase,
  msps: { id: string; name: string }[],
  records: AccountRecord[],
) {
  const opened = await openDatabase(database.location);
  await migrateToLatest(opened.db);
  await opened.db.insertInto('msps').values(msps).execute();
  await insertAccounts(opened.db, records);
  const statements: string[] = [];
  const logged = opened.db.withPlugin({
    transformQuery: ({ node }) => {
      statements.push(opened.db.getExecutor().compileQuery(node, createQueryId()).sql);
      return node;
    },
    transformResult: async ({ result }) => result,
  });
  return {
    store: new SqlStore(logged),
    statements,
    dispose: async () => {
      await opened.close();
      await database.dispose();
    },
  };
}
