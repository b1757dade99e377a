import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { insightsQueryOptions } from '../api/insights';
import { insightsSearchSchema } from '../features/insights/insights-search';
import { authenticatedRoute } from './authenticated-route';
import { pageTitle } from './page-title';

export const insightsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/insights',
  validateSearch: insightsSearchSchema,
  head: () => pageTitle('Insights'),
  loaderDeps: ({ search }) => ({ range: search.range }),
  // Started here so the figures are on their way while the charts' code loads; the page shows its own states.
  loader: ({ context, deps }) => void context.queryClient.prefetchQuery(insightsQueryOptions(deps.range)),
  // Its own chunk: recharts is only downloaded by those who open Insights.
  component: lazyRouteComponent(() => import('../features/insights/insights-page'), 'InsightsPage'),
});
