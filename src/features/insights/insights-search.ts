import { z } from 'zod';
import { insightRanges } from '../../domain/insights';

/**
 * The Insights URL state: the range in days. A missing range is 30 days; a
 * hand-mangled one falls back to 30 rather than breaking the page.
 */
export const insightsSearchSchema = z.object({
  range: z.coerce.number().pipe(z.literal(insightRanges)).default(30).catch(30),
});
export type InsightsSearch = z.infer<typeof insightsSearchSchema>;
