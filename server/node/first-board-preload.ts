import { BOARD_PAGE_SIZE } from '../../src/api/board-page';
import { apiPrefix, boardQueryRules } from '../../src/api/contract';
import type { BoardStatus } from '../../src/domain/account-status';

/**
 * The boards' paths (src/routes/board-routes.tsx) and the status each shows. Restated: the server may import only
 * src/api and src/domain, not the console's routes; tests/server/first-board-preload.test.ts holds the two equal.
 */
const BOARD_PATHS: Record<string, BoardStatus> = { '/paid': 'paid', '/trials': 'trial', '/expired': 'expired' };

/**
 * The requests the first board makes before it can draw a card, as the console makes them, byte for byte (a
 * preload is used only by a fetch of the same URL): the session check, then the board's first page in its own
 * order. Without them the browser asks only once the app's JavaScript has run (HTML → JavaScript → session →
 * board, one after the other); with them the API answers while the JavaScript downloads. Only for a board in its
 * default order and search (the view does not change the query): any other search goes through the console's
 * own URL rules, which are not repeated here.
 */
export function firstBoardRequests(url: URL): string[] | null {
  const boardPath = firstBoardVariant(url);
  if (!boardPath) return null;
  const status = BOARD_PATHS[boardPath]!;
  const query = new URLSearchParams({
    status,
    limit: String(BOARD_PAGE_SIZE),
    sort: boardQueryRules[status].defaultSort,
  });
  return [`${apiPrefix}/session`, `${apiPrefix}/accounts?${query.toString()}`];
}

/** The board path whose variant of index.html a page is served with, or null for the plain page. */
export function firstBoardVariant(url: URL): string | null {
  // The console's home page leads straight to Paid Subscriptions (src/routes/index-route.tsx), search dropped.
  if (url.pathname === '/') return '/paid';
  const boardPath = url.pathname.replace(/(.)\/$/, '$1');
  if (!(boardPath in BOARD_PATHS)) return null;
  return [...url.searchParams.keys()].every((key) => key === 'view') ? boardPath : null;
}

/** The board variants of index.html, by board path: the same page with the board's requests preloaded. */
export function firstBoardVariants(): Record<string, string> {
  const variants: Record<string, string> = {};
  for (const boardPath of Object.keys(BOARD_PATHS)) {
    const requests = firstBoardRequests(new URL(boardPath, 'http://console'))!;
    // credentials: the console's fetches send the cookie ('include'), and a preload is matched on that too.
    variants[boardPath] = requests
      .map(
        (href) => `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${href.replace(/&/g, '&amp;')}">`,
      )
      .join('');
  }
  return variants;
}
