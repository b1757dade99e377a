import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { activityQueryOptions } from '../api/activity';
import { activityFiltersOf, activitySearchSchema } from '../features/accounts/activity-search';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const activityRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/activity',
  validateSearch: activitySearchSchema,
  loaderDeps: ({ search }) => activityFiltersOf(search),
  // Started here so the first page is on its way while the route renders; the page shows its own loading state.
  loader: ({ context, deps }) => void context.queryClient.prefetchInfiniteQuery(activityQueryOptions(deps)),
  head: () => pageTitle('Activity'),
  component: lazyRouteComponent(() => import('../features/accounts/activity-page'), 'ActivityPage'),
});
