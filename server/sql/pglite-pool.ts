import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * PGlite as the one-connection pool that Kysely's Postgres dialect expects.
 * PGlite is a single session: a transaction's BEGIN … COMMIT must not be
 * interleaved with another request's statements, so the connection is lent to
 * one holder at a time and the others queue for it (in arrival order).
 */
export function pglitePool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();

  const client = {
    query: async (sql: string, parameters: ReadonlyArray<unknown>) => {
      const result = await pglite.query(sql, [...parameters]);
      return result as unknown as PostgresQueryResult<unknown>;
    },
    release: () => {},
  } as PostgresPoolClient;

  return {
    connect: () => {
      let release!: () => void;
      const turn = queue;
      queue = new Promise<void>((resolve) => {
        release = resolve;
      });
      // Each holder gets its own client object, so a double release cannot free someone else's turn.
      return turn.then(() => {
        let released = false;
        return {
          query: client.query,
          release: () => {
            if (released) return;
            released = true;
            release();
          },
        } as PostgresPoolClient;
      });
    },
    end: async () => {
      await queue;
      await pglite.close();
    },
  };
}
