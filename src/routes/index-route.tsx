import { createRoute, redirect } from '@tanstack/react-router';
import { authenticatedRoute } from './authenticated-route';

export const indexRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/paid', replace: true });
  },
});
