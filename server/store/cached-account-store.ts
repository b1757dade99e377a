import type { AccountStore, Scope } from './account-record';
import { ReadCache } from './read-cache';
import type { WriteGeneration } from './write-generation';

/**
 * Which of the store's methods are answered from the cache. Every method must be named here or this file does not
 * compile; anything not 'cached' goes straight to the store. Only reads whose answer follows from the database and
 * their arguments alone may be cached: a board page, the summary and the attention counts each take the day they
 * are counted for (`today`) as an argument, so a trial that runs out at midnight is a new key, not a stale answer.
 * Nothing here decides what invalidates: every write to the database moves the generation, whoever sends it.
 */
const treatment = {
  list: 'cached',
  summary: 'cached',
  attention: 'cached',
  page: 'direct',
  listEnded: 'direct',
  get: 'direct',
  withOrganizationName: 'direct',
  create: 'direct',
  update: 'direct',
  history: 'direct',
  historyTotals: 'direct',
  alertState: 'direct',
  saveAlertState: 'direct',
  due: 'direct',
  batch: 'direct',
  mspsWithoutSnapshot: 'direct',
  recordSnapshot: 'direct',
  insights: 'direct',
  staff: 'direct',
  assigneesOf: 'direct',
  setAssignment: 'direct',
  settledThrough: 'direct',
  markSettled: 'direct',
  teams: 'direct',
  createTeam: 'direct',
  renameTeam: 'direct',
  deleteTeam: 'direct',
  setTeamMember: 'direct',
  teamsOf: 'direct',
  setTeamAssignment: 'direct',
} as const satisfies Record<keyof AccountStore, 'cached' | 'direct'>;

type Method = (...args: unknown[]) => unknown;

/** Every field of a scope, by name: a field added to Scope fails to compile here until the key holds it. */
const scopeKey = (scope: Scope) => {
  const fields = { mspId: scope.mspId, staffId: scope.staffId ?? null, role: scope.role ?? null } satisfies Record<
    keyof Scope,
    unknown
  >;
  return [fields.mspId, fields.staffId, fields.role];
};

/** About 60 accounts an answer, a few hundred bytes each: some tens of MB at most. */
const DEFAULT_CAPACITY = 500;

/**
 * The store with its costliest reads kept in memory until the next write, for a process that is its database's
 * only writer (PGlite, whose data folder is locked to one process: server/sql/pglite-statements.ts counts its
 * writes). Never for PostgreSQL, where other server processes write unseen. Each answer is keyed by the method,
 * the caller's whole scope (MSP, staff member, role: what a technician sees also depends on their assignments and
 * teams, which are rows, so a change to them is a write) and every other argument (board, search, filters, sort,
 * cursor, page size, today).
 */
export function withReadCache(
  store: AccountStore,
  generation: WriteGeneration,
  capacity = DEFAULT_CAPACITY,
): AccountStore & { cacheStats: () => ReturnType<ReadCache['stats']> } {
  const cache = new ReadCache(generation, capacity);
  const wrapped: Record<string, unknown> = { cacheStats: () => cache.stats() };
  for (const name of Object.keys(treatment) as Array<keyof AccountStore>) {
    // Optional methods (batch) the store does not have stay absent.
    if (typeof store[name] !== 'function') continue;
    const call = (args: unknown[]) =>
      Reflect.apply(Reflect.get(store, name) as Method, store, args) as Promise<unknown>;
    wrapped[name] =
      treatment[name] === 'cached'
        ? (scope: Scope, ...rest: unknown[]) =>
            cache.read(JSON.stringify([name, ...scopeKey(scope), ...rest]), () => call([scope, ...rest]))
        : (...args: unknown[]) => call(args);
  }
  return wrapped as unknown as AccountStore & { cacheStats: () => ReturnType<ReadCache['stats']> };
}
