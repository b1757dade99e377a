import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet, useRouterState } from '@tanstack/react-router';
import { NotFoundPage } from '../app/not-found-page';
import { RouteErrorPage } from '../app/route-error-page';
import { pageTitle } from './page-title';

export interface RouterContext {
  queryClient: QueryClient;
}

/**
 * The tab's title: the deepest matched route's `head` title. Routes only ever set a title, so this stands for the
 * router's HeadContent, whose meta, link and script handling (about 1 KiB brotli) the first board does not need;
 * React puts a <title> rendered anywhere into the document's head.
 */
function DocumentTitle() {
  const title = useRouterState({
    select: (state) =>
      state.matches
        .flatMap((match) => match.meta ?? [])
        .reverse()
        .find((meta) => meta?.title)?.title,
  });
  return title ? <title>{title}</title> : null;
}

/** The document: each route's title (its `head`), then the page; the console's frame is the authenticated layout. */
function RootDocument() {
  return (
    <>
      <DocumentTitle />
      <Outlet />
    </>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  head: () => pageTitle('Page not found'),
  component: RootDocument,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});
