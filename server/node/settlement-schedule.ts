import { sql, type Kysely } from 'kysely';
import { dayOf } from '../../src/domain/calendar';
import { createSettler } from '../app/settle-due';
import type { DatabaseLocation } from '../sql/database';
import type { Database } from '../sql/schema';
import type { AccountStore } from '../store/account-record';

/** Any number will do; it only has to be the same for every server on one database. */
const SETTLEMENT_LOCK = 4_242_002;
export const SETTLE_EVERY_MS = 60_000;

/**
 * Runs `work` if no other process is settling: on PostgreSQL under a
 * session advisory lock held on a connection of its own (the work uses the
 * pool's others); PGlite serves one process (its data folder is locked), so
 * there the work just runs.
 */
export async function underSettlementLock(
  db: Kysely<Database>,
  location: DatabaseLocation,
  work: () => Promise<void>,
): Promise<boolean> {
  if (location.kind === 'pglite') {
    await work();
    return true;
  }
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${SETTLEMENT_LOCK}) as locked`.execute(
      connection,
    );
    if (!rows[0]?.locked) return false;
    try {
      await work();
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${SETTLEMENT_LOCK})`.execute(connection);
    }
  });
}

/**
 * Live mode's schedule for the changes time brings: at start and then every
 * minute, settle through today under the lock. Requests never settle; a day
 * is settled within a minute of its start.
 */
export function startSettlementSchedule(options: {
  store: AccountStore;
  db: Kysely<Database>;
  location: DatabaseLocation;
  clock: () => Date;
  everyMs?: number;
}) {
  const settleThrough = createSettler(options.store);
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = underSettlementLock(options.db, options.location, () => settleThrough(dayOf(options.clock()))).catch(
      (error: unknown) => console.error('Settling the accounts failed; the next run tries again', error),
    );
    return running;
  };
  const first = tick();
  const timer = setInterval(() => {
    if (!stopped) void tick();
  }, options.everyMs ?? SETTLE_EVERY_MS);
  timer.unref();
  return {
    /** Resolves once the first run (at start) is done. */
    started: first.then(() => undefined),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
