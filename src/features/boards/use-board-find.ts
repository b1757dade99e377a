import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { useRef } from 'react';
import { z } from 'zod/mini';
import type { BoardFind } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';
import { boardFindSearchSchema, findFor, type BoardFindSearch } from './board-find-search';
import { startBoardRequest } from './board-request';

/** What came of a search typed in the box (useBoardFind's `searchFor`). */
export type SearchOutcome = 'shown' | 'overtaken' | 'moved';

const boardRoutes = {
  paid: getRouteApi('/_authenticated/_boards/paid'),
  trial: getRouteApi('/_authenticated/_boards/trials'),
  expired: getRouteApi('/_authenticated/_boards/expired'),
} as const;

/**
 * The board's search, filters and sort, read from its URL (so a link can be
 * shared and Back restores it), and a way to change some of them: each
 * change is a history entry, unless it `replace`s the current one (a search
 * being typed refines itself).
 */
export function useBoardFind(status: BoardStatus) {
  const search: BoardFindSearch = boardRoutes[status].useSearch();
  const navigate = useNavigate();
  const router = useRouter();
  const queryClient = useQueryClient();
  const find: BoardFind = findFor(status, search);
  const requested = useRef<QueryKey | null>(null);
  // The latest search typed: an earlier one's answer, come after it was typed past, must not move the URL.
  const latestTyped = useRef(0);
  const request = (patch: Partial<BoardFindSearch>) => {
    // The target is the URL as it is now (this render's `search` can be a change behind) read through the route's
    // own schema, so that its query key is the very one BoardPage asks for once the URL has moved.
    const target = z.parse(boardFindSearchSchema(status), { ...router.latestLocation.search, ...patch });
    const sent = startBoardRequest(queryClient, status, findFor(status, target), requested.current);
    requested.current = sent.key;
    return sent.answered;
  };
  const go = (patch: Partial<BoardFindSearch>, replace: boolean) =>
    navigate({ to: '.', search: (previous) => ({ ...previous, ...patch }), replace });
  const change = (patch: Partial<BoardFindSearch>, { replace = false }: { replace?: boolean } = {}) => {
    // The board's request for the new find leaves first, then the URL changes: the router's navigation and the
    // renders it makes (5 ms of the main thread on an idle machine, 12 under load), which the request used to wait
    // for, now overlap its way to the API.
    void request(patch);
    void go(patch, replace);
  };
  /**
   * A search typed in the box: its request leaves now and the URL changes once its answer is in, so the board
   * draws the results straight away in one render, and the main thread is free while the request crosses MSW's
   * service worker to the demo Worker (issue 7: with the URL moved at once, the navigation and the board's
   * placeholder render held the request's hop there up by 10 to 40 ms). The box says it is searching meanwhile
   * (BoardPage). Filters and the sort use `change`: their controls show what the URL says, so it moves at once.
   * Resolves 'shown' once the URL says `q`; 'overtaken' if a later search was typed first (it moves the URL
   * instead); 'moved' if the URL changed meanwhile from elsewhere (Back, a link, a filter), which wins.
   */
  const searchFor = async (q: string, { replace }: { replace: boolean }): Promise<SearchOutcome> => {
    const typed = ++latestTyped.current;
    const from = router.latestLocation.href;
    await request({ q });
    if (typed !== latestTyped.current) return 'overtaken';
    if (router.latestLocation.href !== from) return 'moved';
    await go({ q }, replace);
    return 'shown';
  };
  return { search, find, change, searchFor };
}
