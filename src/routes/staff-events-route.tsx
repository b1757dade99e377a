import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffEventsQueryOptions } from '../api/team';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const staffEventsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/activity/staff',
  loader: ({ context }) => void context.queryClient.prefetchQuery(staffEventsQueryOptions()),
  head: () => pageTitle('Staff and sign-in events'),
  component: lazyRouteComponent(() => import('../features/audit/staff-events-page'), 'StaffEventsPage'),
});
