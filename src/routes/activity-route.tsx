import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { fleetActivityQueryOptions } from '../api/accounts';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const activityRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/activity',
  // Started here so the first page is on its way while the route renders; the page shows its own loading state.
  loader: ({ context }) => void context.queryClient.prefetchInfiniteQuery(fleetActivityQueryOptions()),
  head: () => pageTitle('Activity'),
  component: lazyRouteComponent(() => import('./activity-with-tabs'), 'ActivityWithTabs'),
});
