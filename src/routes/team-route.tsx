import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { sessionQueryOptions } from '../api/session';
import { may } from '../domain/permissions';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

// The team API module (and its schemas) loads with this page, not with the first board.
const teamApi = () => import('../api/team');

export const teamRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/team',
  // Admins only (the API answers 403 anyway): another role goes back to the boards.
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions());
    if (!may(session.staff.role, 'manage-staff')) throw redirect({ to: '/paid', replace: true });
  },
  loader: async ({ context }) => context.queryClient.ensureQueryData((await teamApi()).teamQueryOptions()),
  head: () => pageTitle('Team'),
  component: lazyRouteComponent(() => import('../features/team/team-page'), 'TeamPage'),
});
