import { createRoute } from '@tanstack/react-router';
import { boardQueryOptions } from '../api/accounts';
import type { BoardStatus } from '../domain/account-status';
import { boardFor } from '../features/boards/boards';
import { renderAccountActions } from '../features/accounts/account-actions';
import { BoardError } from '../features/boards/board-error';
import { BoardPage } from '../features/boards/board-page';
import { BoardPending } from '../features/boards/board-pending';
import { boardSearchSchema } from '../features/boards/board-search';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

/** The three boards share a layout route that owns their search params (the view). */
export const boardsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  id: '_boards',
  validateSearch: boardSearchSchema,
});

function boardRoute(path: 'paid' | 'trials' | 'expired', status: BoardStatus) {
  return createRoute({
    getParentRoute: () => boardsRoute,
    path,
    loader: ({ context }) => context.queryClient.ensureInfiniteQueryData(boardQueryOptions(status)),
    head: () => pageTitle(boardFor(status).title),
    component: () => <BoardPage status={status} renderActions={renderAccountActions} />,
    pendingComponent: () => <BoardPending status={status} />,
    errorComponent: ({ error }) => <BoardError status={status} error={error} />,
  });
}

export const paidRoute = boardRoute('paid', 'paid');
export const trialsRoute = boardRoute('trials', 'trial');
export const expiredRoute = boardRoute('expired', 'expired');
