import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { endedAccountsQueryOptions } from '../api/accounts';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const removedRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/removed',
  loader: ({ context }) => context.queryClient.ensureInfiniteQueryData(endedAccountsQueryOptions()),
  head: () => pageTitle('Removed and cancelled'),
  component: lazyRouteComponent(() => import('../features/accounts/removed-page'), 'RemovedPage'),
});
