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

export const routeTree = rootRoute.addChildren([
  authenticatedRoute.addChildren([
    indexRoute,
    boardsRoute.addChildren([paidRoute, trialsRoute, expiredRoute]),
    demoConsoleRoute,
    accountRoute,
    removedRoute,
    activityRoute,
    insightsRoute,
    notFoundRoute,
  ]),
  signInRoute,
]);
