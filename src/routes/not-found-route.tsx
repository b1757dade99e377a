import { createRoute } from '@tanstack/react-router';
import { NotFoundPage } from '../app/not-found-page';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

/**
 * Any other address inside the console: matched here rather than left to the
 * root, so the not-found page keeps the header and its totals, and a signed-out
 * visitor is sent to sign in first like on every other page.
 */
export const notFoundRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '$',
  head: () => pageTitle('Page not found'),
  component: NotFoundPage,
});
