import { z } from 'zod/mini';
import { boardViews } from '../../stores/view-preference-store';

/**
 * The boards' URL state. A missing or hand-mangled view falls back to the
 * remembered preference instead of breaking the page.
 */
export const boardSearchSchema = z.object({
  view: z.catch(z.optional(z.enum(boardViews)), undefined),
});
export type BoardSearch = z.infer<typeof boardSearchSchema>;
