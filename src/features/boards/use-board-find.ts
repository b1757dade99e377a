import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { BoardFind } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';
import { findFor, type BoardFindSearch } from './board-find-search';

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
  const find: BoardFind = findFor(status, search);
  const change = (patch: Partial<BoardFindSearch>, { replace = false }: { replace?: boolean } = {}) =>
    void navigate({ to: '.', search: (previous) => ({ ...previous, ...patch }), replace });
  return { search, find, change };
}
