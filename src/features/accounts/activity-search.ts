import { z } from 'zod/mini';
import { historyActions, type ActivityFilters } from '../../api/activity-contract';

const day = z.catch(z.optional(z.iso.date()), undefined);

/**
 * Activity's filters in its URL. Each is optional and `z.catch` drops a
 * hand-mangled value, so an edited or shared link always opens Activity.
 */
export const activitySearchSchema = z.object({
  action: z.catch(z.optional(z.enum(historyActions)), undefined),
  account: z.catch(z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/))), undefined),
  actor: z.catch(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(254))), undefined),
  from: day,
  to: day,
});
export type ActivitySearch = z.infer<typeof activitySearchSchema>;

/** The filters Activity's query is made of: undefined keys out (equal filters, equal query keys), upside-down ranges dropped. */
export function activityFiltersOf(search: ActivitySearch): ActivityFilters {
  const to = search.from && search.to && search.to < search.from ? undefined : search.to;
  const filters: ActivityFilters = { ...search, to };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''));
}

/** "trial-extended" → "Trial extended". */
export function actionLabel(action: string): string {
  const words = action.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
