import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { useRef } from 'react';
import { z } from 'zod/mini';
import type { BoardFind } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';
import { boardFindSearchSchema, findFor, type BoardFindSearch } from './board-find-search';
import { startBoardRequest } from './board-request';

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
  const change = (patch: Partial<BoardFindSearch>, { replace = false }: { replace?: boolean } = {}) => {
    // The board's request for the new find leaves first, then the URL changes: the router's navigation and the
    // renders it makes (5 ms of the main thread on an idle machine, 12 under load), which the request used to wait
    // for, now overlap its way to the API. The target is the URL as it is now (this render's `search` can be a
    // change behind) read through the route's own schema, so that its query key is the very one BoardPage asks
    // for once the URL has moved.
    const target = z.parse(boardFindSearchSchema(status), { ...router.latestLocation.search, ...patch });
    requested.current = startBoardRequest(queryClient, status, findFor(status, target), requested.current);
    void navigate({ to: '.', search: (previous) => ({ ...previous, ...patch }), replace });
  };
  return { search, find, change };
}
