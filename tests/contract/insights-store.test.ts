// @vitest-environment node
import { afterAll, describe } from 'vitest';
import { sql } from 'kysely';
import { insertAccounts } from '../../server/seed/insert-accounts';
import { openDatabase, type OpenDatabase } from '../../server/sql/database';
import { migrateToLatest } from '../../server/sql/migrate';
import { SqlStore } from '../../server/sql/sql-store';
import { MemoryStore } from '../../server/store/memory-store';
import { tempPglite, tempPostgresSchema, type TestDatabase } from '../server/live-server-harness';
import { describeInsightsStore } from './insights-store-suite';

describeInsightsStore('memory', async () => {
  const store = new MemoryStore();
  return { store, insert: async (records) => store.load(records) };
});

const opened: Array<{ database: TestDatabase; open: OpenDatabase }> = [];
afterAll(async () => {
  for (const { database, open } of opened) {
    await open.close();
    await database.dispose();
  }
});

/** One database for the file, emptied before each test. */
function sqlTarget(makeDatabase: () => Promise<TestDatabase>) {
  let ready: Promise<OpenDatabase> | null = null;
  return async () => {
    ready ??= (async () => {
      const database = await makeDatabase();
      const open = await openDatabase(database.location);
      opened.push({ database, open });
      await migrateToLatest(open.db);
      return open;
    })();
    const { db } = await ready;
    await sql`truncate fleet_snapshots, accounts, msps cascade`.execute(db);
    await db
      .insertInto('msps')
      .values([
        { id: 'msp-a', name: 'A' },
        { id: 'msp-b', name: 'B' },
      ])
      .execute();
    return {
      store: new SqlStore(db),
      insert: async (records: Parameters<typeof insertAccounts>[1]) => void (await insertAccounts(db, records)),
    };
  };
}

describeInsightsStore('PGlite', sqlTarget(tempPglite));

const databaseUrl = process.env.DATABASE_URL?.trim();
describe.skipIf(!databaseUrl)('on PostgreSQL (DATABASE_URL)', () => {
  describeInsightsStore(
    'PostgreSQL',
    sqlTarget(() => tempPostgresSchema(databaseUrl!)),
  );
});
