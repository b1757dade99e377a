import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { endedAccountsQueryOptions } from '../api/accounts';
import { rootRoute } from './root-route';

export const removedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/removed',
  loader: ({ context }) => context.queryClient.ensureInfiniteQueryData(endedAccountsQueryOptions()),
  component: lazyRouteComponent(() => import('../features/accounts/removed-page'), 'RemovedPage'),
});
