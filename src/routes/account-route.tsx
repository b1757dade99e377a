import { createRoute } from '@tanstack/react-router';
import { accountQueryOptions, summaryQueryOptions } from '../api/accounts';
import { AccountError } from '../features/accounts/account-error';
import { AccountPage } from '../features/accounts/account-page';
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
  component: AccountPage,
  errorComponent: AccountError,
});
