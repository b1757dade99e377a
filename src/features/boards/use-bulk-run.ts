import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { accountKeys, activityKeys, endedKeys } from '../../api/accounts';
import { runBulkChunk } from '../../api/bulk';
import { BULK_CHUNK_SIZE, type BulkAction, type BulkOutcome } from '../../api/bulk-contract';
import { insightsKeys } from '../../api/insights';

/** The accounts a bulk action runs over: named ones, or all that match the board's query. */
export type BulkTarget = { accountNumbers: string[] } | { matching: Record<string, string>; count: number };

export interface BulkRun {
  phase: 'idle' | 'running' | 'done';
  done: number;
  total: number;
  succeeded: BulkOutcome['succeeded'];
  refused: BulkOutcome['refused'];
  /** Why the run stopped before the end (the rest was not attempted). */
  error: Error | null;
}

const idle: BulkRun = { phase: 'idle', done: 0, total: 0, succeeded: [], refused: [], error: null };

/**
 * Works a bulk action through its set a chunk at a time (BULK_CHUNK_SIZE
 * accounts a request), so the dialog can say "400 of 1,000"; then refreshes
 * exactly what the action changed: the trial boards, the summary, Activity,
 * Insights, the Removed list after a removal, and each changed account.
 */
export function useBulkRun() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun>(idle);
  const stopped = useRef(false);

  async function start(action: BulkAction, days: number | undefined, target: BulkTarget) {
    stopped.current = false;
    let state: BulkRun = {
      ...idle,
      phase: 'running',
      total: 'accountNumbers' in target ? target.accountNumbers.length : target.count,
    };
    setRun(state);
    const add = (outcome: BulkOutcome, total = state.total) => {
      state = {
        ...state,
        total,
        done: state.done + outcome.succeeded.length + outcome.refused.length,
        succeeded: [...state.succeeded, ...outcome.succeeded],
        refused: [...state.refused, ...outcome.refused],
      };
      setRun(state);
    };
    try {
      if ('accountNumbers' in target) {
        for (let index = 0; index < target.accountNumbers.length && !stopped.current; index += BULK_CHUNK_SIZE)
          add(
            await runBulkChunk({
              action,
              days,
              accountNumbers: target.accountNumbers.slice(index, index + BULK_CHUNK_SIZE),
            }),
          );
      } else {
        let cursor: string | undefined;
        let first = true;
        do {
          const outcome = await runBulkChunk({ action, days, matching: target.matching, cursor });
          // The first chunk counts the set as the server sees it now, which may differ from the board loaded earlier.
          add(outcome, first ? (outcome.matched ?? state.total) : state.total);
          first = false;
          cursor = outcome.nextCursor ?? undefined;
        } while (cursor && !stopped.current);
      }
    } catch (error) {
      state = { ...state, error: error instanceof Error ? error : new Error(String(error)) };
    }
    setRun({ ...state, phase: 'done' });
    if (state.succeeded.length > 0) refresh(action, new Set(state.succeeded.map((done) => done.accountNumber)));
  }

  function refresh(action: BulkAction, changed: ReadonlySet<string>) {
    for (const queryKey of [
      accountKeys.board('trial'),
      accountKeys.board('expired'),
      accountKeys.summary(),
      activityKeys.fleet(),
      insightsKeys.all,
      ...(action === 'removeExpired' ? [endedKeys.all] : []),
    ])
      void queryClient.invalidateQueries({ queryKey });
    void queryClient.invalidateQueries({
      predicate: ({ queryKey }) =>
        ((queryKey[0] === accountKeys.all[0] && queryKey[1] === 'detail') ||
          (queryKey[0] === activityKeys.all[0] && queryKey[1] === 'account')) &&
        changed.has(String(queryKey[2])),
    });
  }

  return {
    run,
    start,
    /** Stops after the chunk under way (what it did is kept and shown). */
    stop: () => {
      stopped.current = true;
    },
    reset: () => setRun(idle),
  };
}
