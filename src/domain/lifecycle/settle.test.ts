import { describe, expect, it } from 'vitest';
import { settle, settleDay } from './settle';
import { paidAccount, trialAccount } from './test-accounts';

describe('settling an account up to today', () => {
  it('leaves an account with nothing due as it is', () => {
    const account = paidAccount();
    expect(settle(account, '2026-11-29')).toEqual({ state: account, changes: [], deleted: false });
    expect(settle(trialAccount(), '2027-05-01').changes).toEqual([]);
  });

  it('renews on the first day of the next period and applies a pending decrease', () => {
    const result = settle(paidAccount({ pendingSeats: 15, proratedNumerator: 999 }), '2026-11-30');
    expect(result.state).toMatchObject({
      seats: 15,
      pendingSeats: null,
      periodStart: '2026-11-30',
      renewsOn: '2026-12-31',
      proratedNumerator: 0,
    });
    expect(result.changes.map((change) => change.action)).toEqual(['seats-decreased', 'renewed']);
    expect(result.changes[1]?.chargeCents).toBe(15_000);
  });

  it('records a renewal with every field it moves, old values included', () => {
    const paid = paidAccount();
    const [renewal] = settle(paid, paid.renewsOn!).changes;
    expect(renewal).toMatchObject({
      action: 'renewed',
      before: { periodStart: paid.periodStart, renewsOn: paid.renewsOn, seats: paid.seats },
      after: { periodStart: paid.renewsOn, seats: paid.seats },
      on: paid.renewsOn,
    });
    expect(renewal?.after?.renewsOn).not.toBe(paid.renewsOn);
  });

  it('records a trial running out on the first day after its last, once', () => {
    const trial = trialAccount({ trialEndsAt: '2026-11-30' });
    expect(settleDay(trial, '2026-11-30').changes).toEqual([]);
    expect(settleDay(trial, '2026-12-01').changes).toEqual([
      {
        action: 'trial-expired',
        summary: 'Trial ended; now on Freemium (3 users)',
        before: { status: 'trial', trialEndsAt: '2026-11-30' },
        after: { status: 'expired', trialEndsAt: '2026-11-30' },
        chargeCents: null,
        on: '2026-12-01',
      },
    ]);
    expect(settleDay(trial, '2026-12-02').changes).toEqual([]);
  });

  it('dates each change by the day it took effect, not the day it was settled', () => {
    // Due 2026-11-30, settled on 2026-12-06; cancelled from 2027-01-31, deleted 14 days later.
    const renewed = settle(paidAccount({ pendingSeats: 15 }), '2026-12-06');
    expect(renewed.changes.map((change) => [change.action, change.on])).toEqual([
      ['seats-decreased', '2026-11-30'],
      ['renewed', '2026-11-30'],
    ]);
    const ended = settle(paidAccount({ renewsOn: '2027-01-31', cancelsOn: '2027-01-31' }), '2027-03-01');
    expect(ended.changes.map((change) => [change.action, change.on])).toEqual([
      ['subscription-ended', '2027-01-31'],
      ['deleted', '2027-02-14'],
    ]);
  });

  it('catches up several periods at once, keeping the anchor day', () => {
    const result = settle(paidAccount(), '2027-03-01');
    expect(result.state).toMatchObject({ periodStart: '2027-02-28', renewsOn: '2027-03-31' });
    // Renewed on 30 Nov, 31 Dec, 31 Jan and 28 Feb.
    expect(result.changes.filter((change) => change.action === 'renewed')).toHaveLength(4);
  });

  it('ends a cancelled subscription at the period end and deletes it after 14 days', () => {
    const cancelled = paidAccount({ cancelsOn: '2026-11-30' });
    expect(settle(cancelled, '2026-11-29').changes).toEqual([]);
    const ended = settle(cancelled, '2026-11-30');
    expect(ended.state).toMatchObject({ plan: 'cancelled', endedOn: '2026-11-30', deleteAfter: '2026-12-14' });
    expect(ended.deleted).toBe(false);
    expect(settle(ended.state, '2026-12-13').deleted).toBe(false);
    expect(settle(ended.state, '2026-12-14').deleted).toBe(true);
  });
});
