import type { PGlite, Results } from '@electric-sql/pglite';
import type { WriteGeneration } from '../store/write-generation';

/** SQLSTATE read_only_sql_transaction: PostgreSQL refused to write in a read-only transaction. */
const READ_ONLY_REFUSAL = '25006';
/** A statement that opens a transaction (BEGIN, START TRANSACTION), and whether it already says read-only or not. */
const TRANSACTION_START = /^\s*(?:begin|start\s+transaction)\b/i;
const ACCESS_MODE = /\bread\s+(?:only|write)\b/i;
/** What a plain query starts with; anything else (SET, VACUUM, DDL…) moves the generation whatever it did. */
const QUERY = /^\s*\(*\s*(?:select|with|values|table|show|explain)\b/i;
const REFUSED = Symbol('refused as a write');

export interface PgliteStatements extends WriteGeneration {
  /** One statement by the extended protocol (parameters bound). */
  query: (sql: string, parameters: unknown[]) => Promise<Results<unknown>>;
  /** One statement by the simple protocol (no parameters): one call into the WebAssembly instead of five. */
  exec: (sql: string) => Promise<void>;
  /** How many statements that could write have run so far (transactions' included): when to VACUUM. */
  writes: () => number;
}

/**
 * Every statement this process sends its PGlite, with a count of the writes among them that PostgreSQL itself
 * decides, not a reading of the SQL: the session is read-only by default (default_transaction_read_only), so a
 * statement outside a transaction that would change anything is refused (25006) before it does, and is then run
 * again in a read-write transaction of its own; a transaction is opened read-write and counted as a write. The
 * count moves before and after each write, so equal counts at two moments mean nothing was written between them
 * (server/store/read-cache.ts relies on exactly that). Only PGlite has this: its data folder is locked to this
 * process (data-dir-lock.ts), so this process's statements are all the writes there are. PostgreSQL is shared by
 * any number of server processes, whose writes no one process sees: it has no such count and no read cache.
 *
 * What read-only mode lets through and a read could see: temporary tables (none are used) and session settings
 * (SET moves the count anyway, as every statement that is not a plain query does). VACUUM and ANALYZE change no
 * answer but move it too.
 *
 * The caller lends the session to one holder at a time (pglite-pool.ts): a transaction's statements never
 * interleave with another's.
 */
export async function pgliteStatements(pglite: PGlite): Promise<PgliteStatements> {
  await pglite.exec('set default_transaction_read_only = on');
  let generation = 0;
  let writes = 0;
  const wrote = () => {
    generation += 1;
  };

  /** Runs a statement that may write, moving the count before and after. */
  const asWrite = async <T>(run: () => Promise<T>): Promise<T> => {
    wrote();
    writes += 1;
    try {
      return await run();
    } finally {
      wrote();
    }
  };

  const readWrite = (sql: string) =>
    TRANSACTION_START.test(sql) && !ACCESS_MODE.test(sql) ? `${sql.replace(/[\s;]+$/, '')} read write` : sql;

  /** A statement outside a transaction, read-only as the session's default makes it; REFUSED if it would write. */
  const readOnly = async (sql: string, parameters: unknown[]): Promise<Results<unknown> | typeof REFUSED> => {
    try {
      const result = await pglite.query(sql, parameters);
      // Nothing but BEGIN opens a transaction, and that never comes here; were it to, nothing would write unseen.
      if (pglite.isInTransaction()) wrote();
      return result;
    } catch (error) {
      if ((error as { code?: unknown }).code === READ_ONLY_REFUSAL && !pglite.isInTransaction()) return REFUSED;
      throw error;
    }
  };

  /** A statement refused as read-only (which changed nothing: its implicit transaction rolled back), run again. */
  const readWriteAlone = async (sql: string, parameters: unknown[]): Promise<Results<unknown>> => {
    await pglite.exec('begin read write');
    try {
      const result = await pglite.query(sql, parameters);
      await pglite.exec('commit');
      return result;
    } catch (error) {
      if (pglite.isInTransaction()) await pglite.exec('rollback');
      throw error;
    }
  };

  const query = async (sql: string, parameters: unknown[]): Promise<Results<unknown>> => {
    // In a transaction (opened read-write): every statement may write, and is counted.
    if (pglite.isInTransaction() || TRANSACTION_START.test(sql))
      return asWrite(() => pglite.query(readWrite(sql), parameters));
    const attempt = async () => {
      const result = await readOnly(sql, parameters);
      return result === REFUSED ? readWriteAlone(sql, parameters) : result;
    };
    // SET, VACUUM, DDL…: counted whatever they turn out to do.
    if (!QUERY.test(sql)) return asWrite(attempt);
    const result = await readOnly(sql, parameters);
    return result === REFUSED ? asWrite(() => readWriteAlone(sql, parameters)) : result;
  };

  return {
    query,
    exec: async (sql: string) => {
      await asWrite(() => pglite.exec(readWrite(sql)));
    },
    current: () => generation,
    writes: () => writes,
  };
}
