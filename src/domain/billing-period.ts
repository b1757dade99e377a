import { daysBetween, type IsoDay } from './calendar';

function parts(day: IsoDay): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` months on. An anchor on the 29th to 31st falls on the
 * last day of a shorter month, and comes back to its own day after it.
 */
export function monthsAfter(anchor: IsoDay, months: number): IsoDay {
  const [year, month, day] = parts(anchor);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

export interface BillingPeriod {
  /** Its first day. */
  start: IsoDay;
  /** The first day of the next period: this one runs up to the day before. */
  end: IsoDay;
  /** Periods since the anchor: 0 is the first. */
  index: number;
}

/** The monthly billing period, anchored on `anchor`, that `today` falls in. */
export function billingPeriodOn(anchor: IsoDay, today: IsoDay): BillingPeriod {
  const [anchorYear, anchorMonth] = parts(anchor);
  const [year, month] = parts(today);
  let index = Math.max(0, (year - anchorYear) * 12 + (month - anchorMonth));
  while (index > 0 && monthsAfter(anchor, index) > today) index -= 1;
  while (monthsAfter(anchor, index + 1) <= today) index += 1;
  return { start: monthsAfter(anchor, index), end: monthsAfter(anchor, index + 1), index };
}

export function periodLength(period: Pick<BillingPeriod, 'start' | 'end'>): number {
  return daysBetween(period.start, period.end);
}

/** Days of the period from today to its end, today included. */
export function daysLeftInPeriod(period: Pick<BillingPeriod, 'end'>, today: IsoDay): number {
  return daysBetween(today, period.end);
}
