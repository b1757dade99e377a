import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { pglitePool } from './pglite-pool';
import { pgliteStatements, type PgliteStatements } from './pglite-statements';
import type { Database } from './schema';

export type DatabaseLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface OpenDatabase {
  db: Kysely<Database>;
  location: DatabaseLocation;
  close: () => Promise<void>;
  /**
   * PGlite's statements, with the count of their writes, where this process is the database's only writer (its
   * data folder is locked to it): what a read cache may be invalidated by. Null on PostgreSQL, which any number of
   * server processes may share: no one of them sees all the writes, so nothing there may be cached.
   */
  pglite: PgliteStatements | null;
}

const DATE_OID = 1082;
const INT8_OID = 20;
/** Days stay ISO strings ("2026-11-21"): a Date would shift them by the process's time zone. */
const keepText = (value: string) => value;

const typeParser = ((oid: number, format?: 'text' | 'binary') =>
  oid === DATE_OID || oid === INT8_OID
    ? keepText
    : (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(
        oid,
        format,
      )) as typeof pg.types.getTypeParser;

/** DATABASE_URL wins; otherwise the embedded database in DATA_DIR. */
export function databaseLocationFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: env.DATA_DIR?.trim() || '.data' };
}

export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  if (location.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: location.url,
      max: Number(process.env.DATABASE_POOL_SIZE) || 10,
      types: { getTypeParser: typeParser },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, location, close: () => db.destroy(), pglite: null };
  }
  await mkdir(location.dataDir, { recursive: true });
  const unlock = await lockDataDir(location.dataDir);
  try {
    const pglite = await PGlite.create({
      dataDir: location.dataDir,
      // Trigram indexes for account search, within an MSP by btree_gin (migrations 0003 and 0011).
      extensions: { pg_trgm, btree_gin },
      parsers: { [DATE_OID]: keepText, [INT8_OID]: keepText },
    });
    const statements = await pgliteStatements(pglite);
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: pglitePool(statements, () => pglite.close()) }),
    });
    return { db, location, close: () => db.destroy().finally(unlock), pglite: statements };
  } catch (error) {
    await unlock();
    throw error;
  }
}
