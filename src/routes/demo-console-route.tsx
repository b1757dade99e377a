import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { accountQueryOptions } from '../api/accounts';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

/** Where "Open account" lands when no customer console is configured (server/app/console-url.ts). */
export const demoConsoleRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/demo-console/$accountNumber',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(accountQueryOptions(params.accountNumber)),
  head: () => pageTitle('No customer console'),
  component: lazyRouteComponent(() => import('../features/demo/demo-console-page'), 'DemoConsolePage'),
});
