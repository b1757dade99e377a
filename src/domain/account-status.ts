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

/** The last day a trial created on `createdDay` may be used. */
export function trialEndDay(createdDay: IsoDay, trialDays: number = accountRules.trialDays): IsoDay {
  return addDays(createdDay, trialDays);
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

/** Days of trial left after today: 0 on its last day, negative once expired. */
export function trialDaysLeft(trialEndsAt: IsoDay, today: IsoDay): number {
  return daysBetween(today, trialEndsAt);
}
