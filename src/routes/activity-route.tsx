import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { fleetActivityQueryOptions } from '../api/accounts';
import { rootRoute } from './root-route';

export const activityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activity',
  // Started here so the first page is on its way while the route renders; the page shows its own loading state.
  loader: ({ context }) => void context.queryClient.prefetchInfiniteQuery(fleetActivityQueryOptions()),
  component: lazyRouteComponent(() => import('../features/accounts/activity-page'), 'ActivityPage'),
});
