import type { AccountPlan } from './account-status';
import { addDays, type IsoDay } from './calendar';

/** The facts of an account the "Needs attention" counts read. */
export interface AttentionAccount {
  plan: AccountPlan;
  trialEndsAt: IsoDay | null;
  monitoredUsers: number;
  seats: number | null;
  cancelsOn: IsoDay | null;
  deleteAfter: IsoDay | null;
}

export interface AttentionCounts {
  trialsEndingToday: number;
  trialsEndingIn3Days: number;
  trialsEndingIn7Days: number;
  deletionsIn3Days: number;
  overSeats: number;
  cancellingThisPeriod: number;
}

/** How far ahead "soon" looks: the boards' endsWithin filter and the removed list's deletion day. */
export const attentionHorizons = { soon: 3, week: 7, deletion: 3 } as const;

/**
 * What needs a call or a decision on `today`, counted as the boards' filters
 * count it: a trial "ending within N days" is still active (last day today or
 * later) and ends on or before today + N, today's included; over its seats is
 * more monitored users than seats bought; a paid account with a cancellation
 * day is cancelled when its period ends. The memory store calls this; the SQL
 * store's aggregate is held to it by the contract tests.
 */
export function attentionCounts(accounts: Iterable<AttentionAccount>, today: IsoDay): AttentionCounts {
  const soon = addDays(today, attentionHorizons.soon);
  const week = addDays(today, attentionHorizons.week);
  const deletion = addDays(today, attentionHorizons.deletion);
  const counts: AttentionCounts = {
    trialsEndingToday: 0,
    trialsEndingIn3Days: 0,
    trialsEndingIn7Days: 0,
    deletionsIn3Days: 0,
    overSeats: 0,
    cancellingThisPeriod: 0,
  };
  for (const account of accounts) {
    if (account.plan === 'trial' && account.trialEndsAt !== null && account.trialEndsAt >= today) {
      if (account.trialEndsAt === today) counts.trialsEndingToday += 1;
      if (account.trialEndsAt <= soon) counts.trialsEndingIn3Days += 1;
      if (account.trialEndsAt <= week) counts.trialsEndingIn7Days += 1;
    } else if (account.plan === 'paid') {
      if (account.monitoredUsers > (account.seats ?? 0)) counts.overSeats += 1;
      if (account.cancelsOn !== null) counts.cancellingThisPeriod += 1;
    } else if (account.plan === 'removed' && account.deleteAfter !== null && account.deleteAfter <= deletion) {
      counts.deletionsIn3Days += 1;
    }
  }
  return counts;
}
