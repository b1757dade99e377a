import { describe, expect, it } from 'vitest';
import { fleetTotals, nextInvoiceCents, type FleetAccount } from './fleet-totals';

const base: FleetAccount = {
  plan: 'paid',
  trialEndsAt: null,
  monitoredUsers: 0,
  seats: null,
  pendingSeats: null,
  cancelsOn: null,
};

describe('the fleet’s figures', () => {
  const today = '2026-11-22';
  const totals = fleetTotals(
    [
      { ...base, monitoredUsers: 12, seats: 10 }, // over its seats
      { ...base, monitoredUsers: 5, seats: 20, pendingSeats: 8 }, // a decrease pending
      { ...base, monitoredUsers: 3, seats: 4, cancelsOn: '2026-12-01' }, // billed now, not next
      { ...base, plan: 'trial', trialEndsAt: '2026-11-22', monitoredUsers: 40 }, // last day: a trial
      { ...base, plan: 'trial', trialEndsAt: '2026-11-21', monitoredUsers: 5 }, // Freemium: 3 of 5 monitored
      { ...base, plan: 'trial', trialEndsAt: '2026-11-01', monitoredUsers: 2 },
      { ...base, plan: 'cancelled', monitoredUsers: 9 },
      { ...base, plan: 'removed', monitoredUsers: 9 },
    ],
    today,
  );

  it('bills monitored users on paid accounts only, and counts each board', () => {
    expect(totals.activeUsers).toBe(20);
    expect(totals.counts).toEqual({ paid: 3, trial: 1, expired: 2 });
    expect(totals.ended).toBe(2);
  });

  it('counts only the users Freemium monitors on the Expired board', () => {
    expect(totals.monitoredUsers).toEqual({ paid: 20, trial: 40, expired: 5 });
  });

  it('flags paid accounts over their seats, and bills the next period without cancellations', () => {
    expect(totals.overSeats).toBe(1);
    expect(totals.nextPeriodSeats).toBe(18);
    expect(nextInvoiceCents(totals)).toBe(18_000);
  });
});
