import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { config } from '../api/config';
import { pageTitle } from './page-title';
import { rootRoute } from './root-route';

// The team API module (and its schemas) loads with this page, not with the first board.
const teamApi = () => import('../api/team');

/** The first start's one-time page (live mode): create the MSP and its first Admin. */
export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: () => {
    if (config.demoMode) throw redirect({ to: '/paid', replace: true });
  },
  loader: async ({ context }) => context.queryClient.ensureQueryData((await teamApi()).setupQueryOptions()),
  head: () => pageTitle('Set up'),
  component: lazyRouteComponent(() => import('../features/auth/setup-page'), 'SetupPage'),
});
