import { accountRules } from './account-rules';
import { deriveStatus, type AccountPlan, type BoardStatus } from './account-status';
import type { IsoDay } from './calendar';
import { monitoredUsersOf } from './freemium';

/** The facts of an account the fleet's figures read. */
export interface FleetAccount {
  plan: AccountPlan;
  trialEndsAt: IsoDay | null;
  monitoredUsers: number;
  seats: number | null;
  pendingSeats: number | null;
  cancelsOn: IsoDay | null;
}

export interface FleetTotals {
  /** Monitored users on paid accounts: what the MSP is billed for. */
  activeUsers: number;
  counts: Record<BoardStatus, number>;
  /** Users each board has monitored (Freemium counts only those it monitors). */
  monitoredUsers: Record<BoardStatus, number>;
  /** Cancelled and removed accounts waiting to be deleted. */
  ended: number;
  /** Paid accounts with more monitored users than seats. */
  overSeats: number;
  /** Seats the next periods will bill: pending decreases applied, cancellations left out. */
  nextPeriodSeats: number;
}

export function emptyTotals(): FleetTotals {
  return {
    activeUsers: 0,
    counts: { paid: 0, trial: 0, expired: 0 },
    monitoredUsers: { paid: 0, trial: 0, expired: 0 },
    ended: 0,
    overSeats: 0,
    nextPeriodSeats: 0,
  };
}

/**
 * Adds one account to the figures. The one definition of Active Users, of
 * an account over its seats and of what the next invoice bills: the memory
 * store calls it, and the SQL store's aggregate is tested against it.
 */
export function addToTotals(totals: FleetTotals, account: FleetAccount, today: IsoDay): void {
  const status = deriveStatus(account.plan, account.trialEndsAt, today);
  if (status === 'cancelled' || status === 'removed') {
    totals.ended += 1;
    return;
  }
  totals.counts[status] += 1;
  totals.monitoredUsers[status] += monitoredUsersOf(status, account.monitoredUsers);
  if (status !== 'paid') return;
  totals.activeUsers += account.monitoredUsers;
  if (account.monitoredUsers > (account.seats ?? 0)) totals.overSeats += 1;
  if (account.cancelsOn === null) totals.nextPeriodSeats += account.pendingSeats ?? account.seats ?? 0;
}

export function fleetTotals(accounts: Iterable<FleetAccount>, today: IsoDay): FleetTotals {
  const totals = emptyTotals();
  for (const account of accounts) addToTotals(totals, account, today);
  return totals;
}

/** What the next periods of all paid accounts will bill, in cents. */
export function nextInvoiceCents(totals: Pick<FleetTotals, 'nextPeriodSeats'>): number {
  return totals.nextPeriodSeats * accountRules.pricePerSeatCents;
}
