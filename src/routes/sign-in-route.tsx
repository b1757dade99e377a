import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { z } from 'zod/mini';
import { config } from '../api/config';
import { isSafeReturnPath } from '../api/session';
import { pageTitle } from './page-title';
import { rootRoute } from './root-route';

// The team API module (and its schemas) loads when the sign-in page is asked for, not with the first board.
const teamApi = () => import('../api/team');

/** Where to go after signing in: a path of this console, or nowhere in particular. */
const signInSearchSchema = z.object({
  redirect: z.catch(z.optional(z.string().check(z.refine(isSafeReturnPath))), undefined),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  beforeLoad: async ({ context }) => {
    // The demo signs its staff member in by itself.
    if (config.demoMode) throw redirect({ to: '/paid', replace: true });
    // A new installation has nobody to sign in yet: its first start opens the setup page.
    const { setupQueryOptions } = await teamApi();
    const setup = await context.queryClient.fetchQuery(setupQueryOptions()).catch(() => null);
    if (setup?.open) throw redirect({ to: '/setup', replace: true });
  },
  head: () => pageTitle('Sign in'),
  component: lazyRouteComponent(() => import('../features/auth/sign-in-page'), 'SignInPage'),
});
