import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { accountQueryOptions, summaryQueryOptions } from '../api/accounts';
import { AccountError } from '../features/accounts/account-error';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const accountRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/accounts/$accountNumber',
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(accountQueryOptions(params.accountNumber)),
      context.queryClient.ensureQueryData(summaryQueryOptions()),
    ]),
  head: ({ loaderData }) => pageTitle(loaderData?.[0].organizationName ?? 'Account'),
  // Its own chunk, loaded on the way in (and on hover of a link to it, with the data).
  component: lazyRouteComponent(() => import('../features/accounts/account-page'), 'AccountPage'),
  errorComponent: AccountError,
});
