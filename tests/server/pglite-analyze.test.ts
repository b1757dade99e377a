// @vitest-environment node
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, tempPglite, type TestDatabase } from './live-server-harness';
import type { LiveServer } from '../../server/node/live-server';

/** The planner's row count of a table: -1 until it is analyzed (or vacuumed) for the first time. */
async function plannerRows(server: LiveServer, table: string): Promise<number> {
  const { rows } = await sql<{ reltuples: number }>`select reltuples from pg_class
    where relname = ${table} and relnamespace = current_schema()::regnamespace`.execute(server.db);
  return Number(rows[0]!.reltuples);
}

describe('PGlite statistics', () => {
  let database: TestDatabase | null = null;
  let server: LiveServer | null = null;
  afterEach(async () => {
    await server?.close();
    await database?.dispose();
    [server, database] = [null, null];
  });

  // PGlite has no autovacuum: unless the server analyzes, the planner never learns a table's size.
  it('analyzes the database after the migrations a start ran', async () => {
    database = await tempPglite();
    server = await startTestServer(database, null, { sampleData: false });
    for (const table of ['accounts', 'account_history', 'sessions', 'staff_users'])
      expect(await plannerRows(server, table)).toBeGreaterThanOrEqual(0);
  }, 60_000);
});
