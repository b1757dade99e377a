import { addDays, daysBetween, type IsoDay } from './calendar';

/** The time ranges Insights offers, in days ending today. */
export const insightRanges = [30, 90, 365] as const;
export type InsightRange = (typeof insightRanges)[number];

/**
 * How full a paid account's seats are, in quarters, and over. Integer
 * arithmetic only, so the SQL store can ask the very same question.
 */
export const utilisationBuckets = ['under-25', '25-49', '50-74', '75-100', 'over'] as const;
export type UtilisationBucket = (typeof utilisationBuckets)[number];

export function utilisationBucket(monitoredUsers: number, seats: number): UtilisationBucket {
  if (monitoredUsers > seats) return 'over';
  if (monitoredUsers * 4 < seats) return 'under-25';
  if (monitoredUsers * 2 < seats) return '25-49';
  if (monitoredUsers * 4 < seats * 3) return '50-74';
  return '75-100';
}

/** The first day a range of `days` ending on `today` includes. */
export function rangeStart(today: IsoDay, days: number): IsoDay {
  return addDays(today, -(days - 1));
}

/** The Monday of the (ISO) week `day` falls in. */
export function weekStart(day: IsoDay): IsoDay {
  // 1970-01-05 was a Monday.
  const offset = ((daysBetween('1970-01-05', day) % 7) + 7) % 7;
  return addDays(day, -offset);
}

/** "2026-11" for any day of November 2026. */
export function monthOf(day: IsoDay): string {
  return day.slice(0, 7);
}

/** Every month from the one `from` falls in through the one `to` falls in, oldest first. */
export function monthsBetween(from: IsoDay, to: IsoDay): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = monthOf(to);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/** Share of a cohort that became paid, 0 to 1; 0 for an empty cohort. */
export function conversionRate(created: number, converted: number): number {
  return created === 0 ? 0 : converted / created;
}
