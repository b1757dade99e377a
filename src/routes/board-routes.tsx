import { createRoute, Outlet, stripSearchParams } from '@tanstack/react-router';
import { boardQueryOptions } from '../api/accounts';
import type { BoardStatus } from '../domain/account-status';
import { boardFor } from '../features/boards/boards';
import { renderAccountActions } from '../features/accounts/account-actions';
import { BoardError } from '../features/boards/board-error';
import { BoardPage } from '../features/boards/board-page';
import { BoardPending } from '../features/boards/board-pending';
import { boardSearchSchema } from '../features/boards/board-search';
import { boardFindSearchSchema, findDefaults, findFor } from '../features/boards/board-find-search';
import { AttentionStrip } from '../features/watch/attention-strip';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

/** The three boards share a layout route that owns their search params (the view) and the "Needs attention" strip. */
export const boardsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  id: '_boards',
  validateSearch: boardSearchSchema,
  component: () => (
    <>
      <AttentionStrip />
      <Outlet />
    </>
  ),
});

function boardRoute(path: 'paid' | 'trials' | 'expired', status: BoardStatus) {
  return createRoute({
    getParentRoute: () => boardsRoute,
    path,
    head: () => pageTitle(boardFor(status).title),
    validateSearch: boardFindSearchSchema(status),
    search: { middlewares: [stripSearchParams(findDefaults(status))] },
    loaderDeps: ({ search }) => findFor(status, search),
    loader: ({ context, deps, abortController, cause }) => {
      // Searching on a board that shows: the board keeps its page (and the search box its focus) and
      // fetches the new results itself, cancelling those typed past (BoardPage).
      if (cause === 'stay') return;
      const options = boardQueryOptions(status, deps);
      // Typed past (a newer search replaced this one): its request is cancelled, not left to finish.
      abortController.signal.addEventListener('abort', () => {
        void context.queryClient.cancelQueries({ queryKey: options.queryKey, exact: true });
      });
      return context.queryClient.ensureInfiniteQueryData(options);
    },
    component: () => <BoardPage status={status} renderActions={renderAccountActions} />,
    pendingComponent: () => <BoardPending status={status} />,
    // The placeholder cards show after the router's 300 ms, then for at least this long (the router's default is
    // 500 ms): enough not to flicker, and no longer, since the board's frame around them stays as it is when the
    // cards come. With 500 ms a first page that came just after the placeholders (a 50,000-account demo still
    // growing its fleet) was held back for up to half a second more (issue 9's first card).
    pendingMinMs: 200,
    errorComponent: ({ error }) => <BoardError status={status} error={error} />,
  });
}

export const paidRoute = boardRoute('paid', 'paid');
export const trialsRoute = boardRoute('trials', 'trial');
export const expiredRoute = boardRoute('expired', 'expired');
