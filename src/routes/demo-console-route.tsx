import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { accountQueryOptions } from '../api/accounts';
import { rootRoute } from './root-route';

/** Where "Open account" lands in demo mode: a stand-in for the customer's own console. */
export const demoConsoleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/demo-console/$accountNumber',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(accountQueryOptions(params.accountNumber)),
  component: lazyRouteComponent(() => import('../features/demo/demo-console-page'), 'DemoConsolePage'),
});
