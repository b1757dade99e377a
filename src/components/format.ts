/**
 * Formatting at the edge: numbers and days are turned into text only here,
 * in the reader's locale. Days are UTC calendar days, so they are formatted
 * in UTC and never shift by a time zone.
 *
 * Each formatter is made on first use, then kept: the first Intl formatter a page makes loads the locale's data,
 * 16–42 ms on the live first board's trace (70 on a loaded machine). Made at this module's top level it lengthened
 * the task that evaluates the first board's JavaScript; made at first use, the task that draws the first board
 * (issue 9: no task over 50 ms). The page's boot makes them in a task of their own between the two (warmFormatters).
 */

/** A value made the first time it is asked for, and the same one every time after. */
export function memoised<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

const integer = memoised(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }));
const shortDay = memoised(
  () => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
const money = memoised(() => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }));
const instant = memoised(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));

/** Makes the formatters a board draws with, so that its first render does not pay for the locale's data. */
export function warmFormatters(): void {
  integer();
  shortDay();
  money();
}

export function formatCount(value: number): string {
  return integer().format(value);
}

export function formatDay(isoDay: string): string {
  return shortDay().format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/** "3 of 5", or just "5" when the part is the whole. */
export function formatShare(part: number, whole: number): string {
  return part === whole ? formatCount(whole) : `${formatCount(part)} of ${formatCount(whole)}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** Integer cents as the reader's locale writes dollars; the only place cents become text. */
export function formatMoney(cents: number): string {
  return money().format(cents / 100);
}

/** A moment (a history entry's time), in the reader's own time zone. */
export function formatInstant(iso: string): string {
  return instant().format(new Date(iso));
}
