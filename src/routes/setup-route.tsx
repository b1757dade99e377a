import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { config } from '../api/config';
import { setupQueryOptions } from '../api/team';
import { pageTitle } from './page-title';
import { rootRoute } from './root-route';

/** The first start's one-time page (live mode): create the MSP and its first Admin. */
export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: () => {
    if (config.demoMode) throw redirect({ to: '/paid', replace: true });
  },
  loader: ({ context }) => context.queryClient.ensureQueryData(setupQueryOptions()),
  head: () => pageTitle('Set up'),
  component: lazyRouteComponent(() => import('../features/auth/setup-page'), 'SetupPage'),
});
