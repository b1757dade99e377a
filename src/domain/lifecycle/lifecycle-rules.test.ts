import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowed-actions';
import { cancel, endTrial, extendTrial, remove, restore, resume, statusOf, upgrade } from './lifecycle-rules';
import { paidAccount, trialAccount } from './test-accounts';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('upgrade to paid', () => {
  it('upgrades an active or an expired trial, charging the first month in full', () => {
    for (const today of ['2026-11-20', '2026-12-05']) {
      const result = ok(upgrade(trialAccount(), 15, today));
      expect(statusOf(result.state, today)).toBe('paid');
      expect(result.state).toMatchObject({ seats: 15, billingAnchor: today, periodStart: today });
      expect(result.changes[0]?.chargeCents).toBe(15_000);
    }
  });

  it('anchors the period on the upgrade day, clamped at month ends', () => {
    expect(ok(upgrade(trialAccount(), 12, '2027-01-31')).state.renewsOn).toBe('2027-02-28');
  });

  it('refuses fewer seats than monitored users, naming the number', () => {
    const result = upgrade(trialAccount({ monitoredUsers: 12 }), 11, '2026-11-20');
    expect(result).toMatchObject({ ok: false, refusal: { kind: 'invalid', field: 'seats' } });
    expect(!result.ok && result.refusal.message).toMatch(/at least 12 seats/);
    expect(upgrade(trialAccount({ monitoredUsers: 0 }), 0, '2026-11-20')).toMatchObject({ ok: false });
    expect(ok(upgrade(trialAccount({ monitoredUsers: 0 }), 1, '2026-11-20')).state.seats).toBe(1);
  });

  it('refuses a paid account', () => {
    expect(upgrade(paidAccount(), 30, '2026-11-20')).toMatchObject({ ok: false, refusal: { kind: 'conflict' } });
  });
});

describe('extend a trial', () => {
  it('counts from the trial end while it runs', () => {
    expect(ok(extendTrial(trialAccount(), 7, '2026-11-20')).state.trialEndsAt).toBe('2026-12-08');
  });

  it('counts from today once expired, and the trial is active again at once', () => {
    const result = ok(extendTrial(trialAccount(), 14, '2026-12-10'));
    expect(result.state.trialEndsAt).toBe('2026-12-24');
    expect(statusOf(result.state, '2026-12-10')).toBe('trial');
  });

  it('allows reaching the 90th day from creation and refuses one day past it', () => {
    // Created 2026-11-01 (day 1): day 90 is 2027-01-29, counted as the trial's 30 days are.
    expect(ok(extendTrial(trialAccount({ trialEndsAt: '2026-12-30' }), 30, '2026-12-20')).state.trialEndsAt).toBe(
      '2027-01-29',
    );
    const refused = extendTrial(trialAccount({ trialEndsAt: '2026-12-31' }), 30, '2026-12-20');
    expect(refused).toMatchObject({ ok: false, refusal: { kind: 'conflict' } });
    expect(!refused.ok && refused.refusal.message).toMatch(/at most 90 days/);
  });

  it('takes only 7, 14 or 30 days', () => {
    expect(extendTrial(trialAccount(), 10, '2026-11-20')).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
  });
});

describe('end, cancel, resume, remove, restore', () => {
  it('ends an active trial now', () => {
    const result = ok(endTrial(trialAccount(), '2026-11-20'));
    expect(statusOf(result.state, '2026-11-20')).toBe('expired');
    expect(endTrial(trialAccount(), '2026-12-02')).toMatchObject({ ok: false });
  });

  it('cancels at the end of the period and can be resumed until then', () => {
    const cancelled = ok(cancel(paidAccount(), '2026-11-10')).state;
    expect(cancelled.cancelsOn).toBe('2026-11-30');
    expect(statusOf(cancelled, '2026-11-10')).toBe('paid');
    expect(cancel(cancelled, '2026-11-11')).toMatchObject({ ok: false });
    expect(ok(resume(cancelled, '2026-11-29')).state.cancelsOn).toBeNull();
    expect(resume(paidAccount(), '2026-11-29')).toMatchObject({ ok: false });
  });

  it('withdraws a pending seat decrease when cancelling, and says so', () => {
    // A decrease would apply on 2026-11-30, the day the cancellation takes effect: it would never bill.
    const result = ok(cancel(paidAccount({ seats: 20, pendingSeats: 15 }), '2026-11-10'));
    expect(result.state).toMatchObject({ cancelsOn: '2026-11-30', pendingSeats: null });
    expect(result.changes[0]).toMatchObject({
      before: { cancelsOn: null, pendingSeats: 15 },
      after: { cancelsOn: '2026-11-30', pendingSeats: null },
    });
    expect(result.changes[0]?.summary).toMatch(/pending change to 15 seats withdrawn/);
  });

  it('removes only expired trials, for 14 days, and restores them as they were', () => {
    expect(remove(trialAccount(), '2026-11-20')).toMatchObject({ ok: false, refusal: { kind: 'conflict' } });
    expect(remove(paidAccount(), '2026-11-20')).toMatchObject({ ok: false });
    const removed = ok(remove(trialAccount(), '2026-12-05')).state;
    expect(removed).toMatchObject({ plan: 'removed', endedOn: '2026-12-05', deleteAfter: '2026-12-19' });
    const restored = ok(restore(removed, '2026-12-10')).state;
    expect(statusOf(restored, '2026-12-10')).toBe('expired');
    expect(restored.deleteAfter).toBeNull();
  });
});

describe('the actions an account offers', () => {
  it('offers only what its state allows', () => {
    const today = '2026-11-20';
    expect(
      allowedActions({ status: 'trial', createdAt: '2026-11-01', trialEndsAt: '2026-12-01', cancelsOn: null }, today),
    ).toEqual(['upgrade', 'extendTrial', 'endTrial']);
    expect(
      allowedActions({ status: 'expired', createdAt: '2026-09-01', trialEndsAt: '2026-10-01', cancelsOn: null }, today),
    ).toEqual(['upgrade', 'extendTrial', 'remove']);
    // Past its 90-day cap, a trial cannot be extended at all.
    expect(
      allowedActions({ status: 'expired', createdAt: '2026-08-01', trialEndsAt: '2026-08-31', cancelsOn: null }, today),
    ).toEqual(['upgrade', 'remove']);
    expect(
      allowedActions({ status: 'paid', createdAt: '2026-01-01', trialEndsAt: null, cancelsOn: null }, today),
    ).toEqual(['changeSeats', 'cancel']);
    expect(
      allowedActions({ status: 'paid', createdAt: '2026-01-01', trialEndsAt: null, cancelsOn: '2026-11-30' }, today),
    ).toEqual(['resume']);
    expect(
      allowedActions({ status: 'removed', createdAt: '2026-01-01', trialEndsAt: null, cancelsOn: null }, today),
    ).toEqual(['restore', 'download']);
    expect(
      allowedActions({ status: 'cancelled', createdAt: '2026-01-01', trialEndsAt: null, cancelsOn: null }, today),
    ).toEqual(['download']);
  });
});
