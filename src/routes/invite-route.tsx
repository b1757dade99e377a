import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { pageTitle } from './page-title';
import { rootRoute } from './root-route';

/** Where an invite link leads: the invitee sets their name and password (no session needed). */
export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  head: () => pageTitle('Join your team'),
  component: lazyRouteComponent(() => import('../features/auth/invite-page'), 'InvitePage'),
});
