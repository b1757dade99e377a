import { accountRules } from './account-rules';
import { addDays, daysBetween, type IsoDay } from './calendar';

/** The three boards. */
export const boardStatuses = ['paid', 'trial', 'expired'] as const;
export type BoardStatus = (typeof boardStatuses)[number];

/** Every status an account can be read in: on a board, or waiting to be deleted. */
export const accountStatuses = [...boardStatuses, 'cancelled', 'removed'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/**
 * What an account has been sold. Whether a trial has run out is not stored
 * anywhere; it follows from its end date.
 */
export type AccountPlan = 'trial' | 'paid' | 'cancelled' | 'removed';

/**
 * The last day of a trial of `trialDays` days created on `createdDay`: the
 * day it is created is its first day, so a 30-day trial created on Nov 22
 * runs through Dec 21 and is expired from Dec 22.
 */
export function trialEndDay(createdDay: IsoDay, trialDays: number = accountRules.trialDays): IsoDay {
  return addDays(createdDay, trialDays - 1);
}

/** The first day an account whose trial's last day is `trialEndsAt` is on Freemium: the day its trial ended. */
export function freemiumSince(trialEndsAt: IsoDay): IsoDay {
  return addDays(trialEndsAt, 1);
}

/**
 * A trial is active through its end day and expired from the day after, so
 * nothing has to run on a timer: the status is read off the dates.
 */
export function deriveStatus(plan: AccountPlan, trialEndsAt: IsoDay | null, today: IsoDay): AccountStatus {
  if (plan !== 'trial') return plan;
  if (trialEndsAt === null || today > trialEndsAt) return 'expired';
  return 'trial';
}

/** Days of trial left, today included: 30 on the first day of a 30-day trial, 1 on its last, 0 or less once expired. */
export function trialDaysLeft(trialEndsAt: IsoDay, today: IsoDay): number {
  return daysBetween(today, trialEndsAt) + 1;
}

/** A running trial's days left in words: "30 days left" on its first day, "Ends today" on its last. */
export function trialDaysLeftLabel(left: number): string {
  return left <= 1 ? 'Ends today' : `${left} days left`;
}
