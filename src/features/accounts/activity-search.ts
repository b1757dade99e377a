import { z } from 'zod';
import { historyActions, type ActivityFilters } from '../../api/activity-contract';

const day = z.iso.date().optional().catch(undefined);

/**
 * Activity's filters in its URL. Each is optional and `.catch` drops a
 * hand-mangled value, so an edited or shared link always opens Activity.
 */
export const activitySearchSchema = z.object({
  action: z.enum(historyActions).optional().catch(undefined),
  account: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
  actor: z.string().trim().min(1).max(254).optional().catch(undefined),
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
