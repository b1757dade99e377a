import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, HeadContent, Outlet } from '@tanstack/react-router';
import { NotFoundPage } from '../app/not-found-page';
import { RouteErrorPage } from '../app/route-error-page';
import { pageTitle } from './page-title';

export interface RouterContext {
  queryClient: QueryClient;
}

/** The document: each route's title (its `head`), then the page; the console's frame is the authenticated layout. */
function RootDocument() {
  return (
    <>
      <HeadContent />
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
