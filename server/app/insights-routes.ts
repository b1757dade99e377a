import { Hono } from 'hono';
import { insightsQuerySchema, type Insights } from '../../src/api/contract';
import { dayOf } from '../../src/domain/calendar';
import { conversionRate, monthsBetween, rangeStart } from '../../src/domain/insights';
import { visibilityOf } from '../store/account-record';
import type { ApiEnv } from './create-api-app';
import { ProblemError } from './problem';
import { fieldErrors } from './read-json';

export const insightsRoutes = new Hono<ApiEnv>();

insightsRoutes.get('/insights', async (c) => {
  const query = insightsQuerySchema.safeParse(c.req.query());
  if (!query.success)
    throw new ProblemError(422, 'Invalid query', {
      detail: 'The range is 30, 90 or 365 days.',
      errors: fieldErrors(query.error),
    });
  const today = dayOf(c.var.clock());
  const from = rangeStart(today, query.data.range);
  const found = await c.var.store.insights(c.var.actor, { today, from });
  // Every month of the range is shown, an empty one as zero, so a chart's gaps are real.
  const cohorts = new Map(found.cohorts.map((cohort) => [cohort.month, cohort]));
  const body: Insights = {
    scope: visibilityOf(c.var.actor),
    asOf: today,
    range: query.data.range,
    from,
    snapshots: found.snapshots,
    trialPipeline: found.pipeline,
    cohorts: monthsBetween(from, today).map((month) => {
      const { created, converted } = cohorts.get(month) ?? { created: 0, converted: 0 };
      return { month, created, converted, rate: conversionRate(created, converted) };
    }),
    utilisation: found.utilisation,
  };
  return c.json(body);
});
