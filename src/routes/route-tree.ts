import { accountRoute } from './account-route';
import { activityRoute } from './activity-route';
import { authenticatedRoute } from './authenticated-route';
import { boardsRoute, expiredRoute, paidRoute, trialsRoute } from './board-routes';
import { demoConsoleRoute } from './demo-console-route';
import { indexRoute } from './index-route';
import { insightsRoute } from './insights-route';
import { notFoundRoute } from './not-found-route';
import { removedRoute } from './removed-route';
import { rootRoute } from './root-route';
import { signInRoute } from './sign-in-route';
import { inviteRoute } from './invite-route';
import { profileRoute } from './profile-route';
import { setupRoute } from './setup-route';
import { teamRoute } from './team-route';
import { staffEventsRoute } from './staff-events-route';

export const routeTree = rootRoute.addChildren([
  authenticatedRoute.addChildren([
    indexRoute,
    boardsRoute.addChildren([paidRoute, trialsRoute, expiredRoute]),
    demoConsoleRoute,
    accountRoute,
    removedRoute,
    activityRoute,
    staffEventsRoute,
    insightsRoute,
    teamRoute,
    profileRoute,
    notFoundRoute,
  ]),
  signInRoute,
  setupRoute,
  inviteRoute,
]);
