import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * PGlite as the pool that Kysely's Postgres dialect expects. PGlite is one
 * session: a transaction's BEGIN … COMMIT must not interleave with another
 * request's statements, so the connection is lent to one holder at a time
 * and the others queue for it in arrival order.
 */
export function pglitePool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();

  const query = async (sql: string, parameters: ReadonlyArray<unknown>) =>
    (await pglite.query(sql, [...parameters])) as unknown as PostgresQueryResult<unknown>;

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
      await pglite.close();
    },
  };
}
