import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const profileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/profile',
  head: () => pageTitle('Your sign-in'),
  component: lazyRouteComponent(() => import('../features/auth/profile-page'), 'ProfilePage'),
});
