import { createRoute } from '@tanstack/react-router';
import { endedAccountsQueryOptions } from '../api/accounts';
import { RemovedPage } from '../features/accounts/removed-page';
import { rootRoute } from './root-route';

export const removedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/removed',
  loader: ({ context }) => context.queryClient.ensureInfiniteQueryData(endedAccountsQueryOptions()),
  component: RemovedPage,
});
