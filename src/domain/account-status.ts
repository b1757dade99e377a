import { accountRules } from './account-rules';
import { addDays, daysBetween, type IsoDay } from './calendar';

export const accountStatuses = ['paid', 'trial', 'expired'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/**
 * What an account has been sold: a trial until someone pays. Whether a trial
 * has run out is not stored anywhere; it follows from its end date.
 */
export type AccountPlan = 'trial' | 'paid';

/** The last day a trial created on `createdDay` may be used. */
export function trialEndDay(createdDay: IsoDay, trialDays: number = accountRules.trialDays): IsoDay {
  return addDays(createdDay, trialDays);
}

/**
 * A trial is active through its end day and expired from the day after, so
 * nothing has to run on a timer: the status is read off the dates.
 */
export function deriveStatus(plan: AccountPlan, trialEndsAt: IsoDay | null, today: IsoDay): AccountStatus {
  if (plan === 'paid') return 'paid';
  if (trialEndsAt === null || today > trialEndsAt) return 'expired';
  return 'trial';
}

/** Days of trial left after today: 0 on its last day, negative once expired. */
export function trialDaysLeft(trialEndsAt: IsoDay, today: IsoDay): number {
  return daysBetween(today, trialEndsAt);
}
