import { createRoute, redirect } from '@tanstack/react-router';
import { ApiError } from '../api/client';
import { isSafeReturnPath, sessionQueryOptions } from '../api/session';
import { RootLayout } from '../app/root-layout';
import { rootRoute } from './root-route';

/**
 * Every page of the console but sign-in: the router asks who is signed in
 * before any of them loads, so a signed-out visit goes to the sign-in page
 * (and comes back after) without rendering a console that cannot load. The
 * demo's API answers with its demo staff member, so the demo passes straight through.
 */
export const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(sessionQueryOptions());
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      throw redirect({
        to: '/sign-in',
        search: { redirect: isSafeReturnPath(location.href) ? location.href : undefined },
        replace: true,
      });
    }
  },
  component: RootLayout,
});
