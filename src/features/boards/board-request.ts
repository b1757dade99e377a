import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { boardQueryOptions, type BoardFind } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';

/**
 * Sends the board's request for `find` ahead of the board itself (see useBoardFind), and returns its query key,
 * to be handed back as `earlier` next time. The board, once it asks for the same key, takes up this request
 * instead of sending another, and React Query cancels it (its AbortSignal) when the board moves to another key.
 * An `earlier` request nothing took up (the find changed again before the board drew it) would be left running:
 * it is cancelled here.
 */
export function startBoardRequest(
  queryClient: QueryClient,
  status: BoardStatus,
  find: BoardFind,
  earlier: QueryKey | null,
): QueryKey {
  const options = boardQueryOptions(status, find);
  if (earlier && hashKey(earlier) !== hashKey(options.queryKey)) {
    const query = queryClient.getQueryCache().find({ queryKey: earlier, exact: true });
    if (query?.state.fetchStatus === 'fetching' && query.getObserversCount() === 0)
      void queryClient.cancelQueries({ queryKey: earlier, exact: true });
  }
  void queryClient.prefetchInfiniteQuery(options);
  return options.queryKey;
}
