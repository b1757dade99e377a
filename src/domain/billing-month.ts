import type { IsoDay } from './calendar';
import type { Cents } from './money';

/**
 * The monthly billing reconciliation's rules. A charge belongs to the month
 * its history entry is dated in (UTC): a renewal is dated by the day its
 * period starts (even when it was settled later), an upgrade's first month
 * and a prorated seat addition by the moment they were made.
 */
export interface BillingMonth {
  /** "2026-11" */
  month: string;
  /** First day of the month. */
  from: IsoDay;
  /** First day of the next month (not in the month). */
  to: IsoDay;
}

/** "YYYY-MM" as a month, or null for anything else. */
export function parseBillingMonth(text: string): BillingMonth | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const next = `${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}`;
  return { month: text, from: `${text}-01`, to: `${next}-01` };
}

/** The month a UTC day or instant falls in ("2026-11"). */
export function monthOf(dayOrInstant: string): string {
  return dayOrInstant.slice(0, 7);
}

/** What a month charged one account, by kind, in cents. */
export interface MonthCharges {
  firstMonthCents: Cents;
  renewalCents: Cents;
  seatAdditionCents: Cents;
  /** A charge of any other kind of change (none today), so the total still matches the history. */
  otherCents: Cents;
}

export function noCharges(): MonthCharges {
  return { firstMonthCents: 0, renewalCents: 0, seatAdditionCents: 0, otherCents: 0 };
}

/** Adds one history entry's charge to an account's month, by the entry's action. */
export function addCharge(charges: MonthCharges, action: string, chargeCents: Cents): MonthCharges {
  switch (action) {
    case 'upgraded':
      return { ...charges, firstMonthCents: charges.firstMonthCents + chargeCents };
    case 'renewed':
      return { ...charges, renewalCents: charges.renewalCents + chargeCents };
    case 'seats-added':
      return { ...charges, seatAdditionCents: charges.seatAdditionCents + chargeCents };
    default:
      return { ...charges, otherCents: charges.otherCents + chargeCents };
  }
}

export function totalCharged(charges: MonthCharges): Cents {
  return charges.firstMonthCents + charges.renewalCents + charges.seatAdditionCents + charges.otherCents;
}
