/**
 * Calendar days in UTC, as ISO dates ("2026-11-21"). Billing and trial rules
 * count whole days, so every rule works on these and never on local time.
 */
export type IsoDay = string;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): value is IsoDay {
  return ISO_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The UTC calendar day an instant falls on. */
export function dayOf(instant: Date | string): IsoDay {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return date.toISOString().slice(0, 10);
}

function toEpochDay(day: IsoDay): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): IsoDay {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromEpochDay(toEpochDay(day) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function laterOf(a: IsoDay, b: IsoDay): IsoDay {
  return a >= b ? a : b;
}
