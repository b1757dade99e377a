import { z } from 'zod/mini';
import { insightRanges } from '../../domain/insights';

/**
 * The Insights URL state: the range in days. A missing range is 30 days; a
 * hand-mangled one falls back to 30 rather than breaking the page.
 */
export const insightsSearchSchema = z.object({
  range: z.catch(z._default(z.pipe(z.coerce.number(), z.literal(insightRanges)), 30), 30),
});
export type InsightsSearch = z.infer<typeof insightsSearchSchema>;
