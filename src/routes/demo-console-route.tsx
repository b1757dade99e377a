import { createRoute } from '@tanstack/react-router';
import { accountQueryOptions } from '../api/accounts';
import { DemoConsolePage } from '../features/demo/demo-console-page';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

/** Where "Open account" lands in demo mode: a stand-in for the customer's own console. */
export const demoConsoleRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/demo-console/$accountNumber',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(accountQueryOptions(params.accountNumber)),
  head: ({ loaderData }) => pageTitle(`${loaderData?.organizationName ?? 'Account'}: customer console`),
  component: DemoConsolePage,
});
