import { createRoute } from '@tanstack/react-router';
import { accountQueryOptions, summaryQueryOptions } from '../api/accounts';
import { AccountError } from '../features/accounts/account-error';
import { AccountPage } from '../features/accounts/account-page';
import { rootRoute } from './root-route';

export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accounts/$accountNumber',
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(accountQueryOptions(params.accountNumber)),
      context.queryClient.ensureQueryData(summaryQueryOptions()),
    ]),
  component: AccountPage,
  errorComponent: AccountError,
});
