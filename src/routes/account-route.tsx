import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { accountQueryOptions, summaryQueryOptions } from '../api/accounts';
import { AccountError } from '../features/accounts/account-error';
import { rootRoute } from './root-route';

export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accounts/$accountNumber',
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(accountQueryOptions(params.accountNumber)),
      context.queryClient.ensureQueryData(summaryQueryOptions()),
    ]),
  // Its own chunk, loaded on the way in (and on hover of a link to it, with the data).
  component: lazyRouteComponent(() => import('../features/accounts/account-page'), 'AccountPage'),
  errorComponent: AccountError,
});
