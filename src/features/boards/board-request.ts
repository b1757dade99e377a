import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { boardQueryOptions, type BoardFind } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';

/** A request sent ahead of the board: its query key, and when its answer is in the cache (or it failed or was cancelled). */
export interface BoardRequest {
  key: QueryKey;
  answered: Promise<void>;
}

/**
 * Sends the board's request for `find` ahead of the board itself (see useBoardFind), and returns its query key,
 * to be handed back as `earlier` next time, and when it is answered. The board, once it asks for the same key, takes up this request
 * instead of sending another, and React Query cancels it (its AbortSignal) when the board moves to another key.
 * An `earlier` request nothing took up (the find changed again before the board drew it) would be left running:
 * it is cancelled here.
 */
export function startBoardRequest(
  queryClient: QueryClient,
  status: BoardStatus,
  find: BoardFind,
  earlier: QueryKey | null,
): BoardRequest {
  const options = boardQueryOptions(status, find);
  if (earlier && hashKey(earlier) !== hashKey(options.queryKey)) {
    const query = queryClient.getQueryCache().find({ queryKey: earlier, exact: true });
    if (query?.state.fetchStatus === 'fetching' && query.getObserversCount() === 0)
      void queryClient.cancelQueries({ queryKey: earlier, exact: true });
  }
  // prefetchInfiniteQuery never rejects: a failure stays in the query, for the board to show once it asks for it.
  return { key: options.queryKey, answered: queryClient.prefetchInfiniteQuery(options) };
}
