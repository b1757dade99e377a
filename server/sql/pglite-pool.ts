import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type { PgliteStatements } from './pglite-statements';

/** The statements Kysely's transactions send, with no parameters and no rows. */
const TRANSACTION_CONTROL =
  /^\s*(?:begin|commit|rollback)(?:\s+(?:transaction|work|isolation level [a-z ]+))?\s*;?\s*$/i;

/**
 * PGlite as the pool that Kysely's Postgres dialect expects. PGlite is one
 * session: a transaction's BEGIN … COMMIT must not interleave with another
 * request's statements, so the connection is lent to one holder at a time
 * and the others queue for it in arrival order. Every statement goes through
 * `statements`, which counts the writes (pglite-statements.ts).
 */
export function pglitePool(statements: PgliteStatements, close: () => Promise<void>): PostgresPool {
  let queue: Promise<void> = Promise.resolve();

  const query = async (sql: string, parameters: ReadonlyArray<unknown>) => {
    // BEGIN, COMMIT and ROLLBACK by the simple protocol: one call into PGlite's WebAssembly instead of the
    // extended protocol's five (parse, describe, bind, execute, sync), a third of a one-account update's cost.
    if (parameters.length === 0 && TRANSACTION_CONTROL.test(sql)) {
      await statements.exec(sql);
      return { rows: [], command: sql.trim().split(/\s/)[0]!.toUpperCase() } as unknown as PostgresQueryResult<unknown>;
    }
    return (await statements.query(sql, [...parameters])) as unknown as PostgresQueryResult<unknown>;
  };

  return {
    connect: () => {
      let release!: () => void;
      const turn = queue;
      queue = new Promise<void>((resolve) => {
        release = resolve;
      });
      return turn.then(() => {
        // Each holder gets its own client, so releasing twice cannot free someone else's turn.
        let released = false;
        const client = {
          query,
          release: () => {
            if (released) return;
            released = true;
            release();
          },
        };
        return client as PostgresPoolClient;
      });
    },
    end: async () => {
      await queue;
      await close();
    },
  };
}
