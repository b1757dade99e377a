import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

// The team API module (and its schemas) loads with this page, not with the first board.
const teamApi = () => import('../api/team');

export const staffEventsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/activity/staff',
  loader: async ({ context }) => void context.queryClient.prefetchQuery((await teamApi()).staffEventsQueryOptions()),
  head: () => pageTitle('Staff and sign-in events'),
  component: lazyRouteComponent(() => import('../features/audit/staff-events-page'), 'StaffEventsPage'),
});
