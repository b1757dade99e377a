// A throwaway database for the scripts that measure (bench-api) or explain (explain-*): a schema of its own in
// DATABASE_URL's PostgreSQL, so runs never meet each other or the app's tables, or without DATABASE_URL a PGlite
// folder under the system's temporary directory. Each is removed again by the dispose it comes with.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseLocation } from '../server/sql/database';

interface TemporaryDatabase<L> {
  location: L;
  dispose: () => Promise<void>;
}

/** One statement on a connection of its own: creating and dropping the schema outlives every pool on it. */
async function runOnce(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new schema `<prefix>_<time>` of a PostgreSQL database, and the URL whose connections use it. */
export async function temporarySchema(
  databaseUrl: string,
  prefix: string,
): Promise<TemporaryDatabase<{ kind: 'postgres'; url: string }>> {
  const schema = `${prefix}_${Date.now().toString(36)}`;
  await runOnce(databaseUrl, `create schema ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    location: { kind: 'postgres', url: url.toString() },
    dispose: () => runOnce(databaseUrl, `drop schema ${schema} cascade`),
  };
}

/** A temporary schema of DATABASE_URL when it is set, a temporary PGlite otherwise. */
export async function temporaryDatabase(prefix: string): Promise<TemporaryDatabase<DatabaseLocation>> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) return temporarySchema(databaseUrl, prefix);
  const dataDir = await mkdtemp(path.join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
  return { location: { kind: 'pglite', dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}
