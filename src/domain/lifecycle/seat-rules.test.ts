import { describe, expect, it } from 'vitest';
import { seatsProblem } from './lifecycle-rules';
import { changeSeats, previewSeatChange, withdrawPendingSeats } from './seat-rules';
import { paidAccount } from './test-accounts';

describe('changing seats', () => {
  // Period 2026-10-31 to 2026-11-29 (30 days); on 2026-11-20 ten days are left.
  const account = paidAccount({ seats: 20, monitoredUsers: 17 });

  it('adds seats at once and charges them pro rata, as previewed', () => {
    const preview = previewSeatChange(account, 25, '2026-11-20');
    expect(preview.ok && preview.preview).toMatchObject({
      effective: 'now',
      chargeCents: 1667,
      daysLeft: 10,
      daysInPeriod: 30,
    });
    const result = changeSeats(account, 25, '2026-11-20');
    expect(result.ok && result.state.seats).toBe(25);
    expect(result.ok && result.changes[0]?.chargeCents).toBe(1667);
  });

  it('carries the rounding when seats are added twice in a period', () => {
    const first = changeSeats(account, 21, '2026-11-20');
    if (!first.ok) throw new Error('refused');
    const second = changeSeats(first.state, 22, '2026-11-20');
    const once = changeSeats(account, 22, '2026-11-20');
    const charged = (first.changes[0]?.chargeCents ?? 0) + (second.ok ? (second.changes[0]?.chargeCents ?? 0) : 0);
    expect(charged).toBe(once.ok ? once.changes[0]?.chargeCents : -1);
  });

  it('schedules a decrease for the next period, without refund, and lets it be withdrawn', () => {
    const result = changeSeats(account, 18, '2026-11-20');
    expect(result.ok && result.state).toMatchObject({ seats: 20, pendingSeats: 18 });
    expect(result.ok && result.changes[0]?.chargeCents).toBeNull();
    const preview = previewSeatChange(account, 18, '2026-11-20');
    expect(preview.ok && preview.preview).toMatchObject({
      effective: 'next-period',
      effectiveOn: '2026-11-30',
      chargeCents: 0,
    });
    if (!result.ok) return;
    expect(withdrawPendingSeats(result.state, '2026-11-21')).toMatchObject({ ok: true, state: { pendingSeats: null } });
    expect(withdrawPendingSeats(account, '2026-11-21')).toMatchObject({ ok: false, refusal: { kind: 'conflict' } });
  });

  it('never goes below the monitored users, and says how many to remove first', () => {
    const result = changeSeats(account, 15, '2026-11-20');
    expect(result).toMatchObject({ ok: false, refusal: { kind: 'invalid', field: 'seats' } });
    expect(!result.ok && result.refusal.message).toMatch(/Remove 2 users first/);
  });

  it('words the refusal for one user and for several', () => {
    expect(seatsProblem(17, 16)).toBe(
      'This account monitors 17 users, so it needs at least 17 seats. Remove 1 user first to go down to 16.',
    );
    expect(seatsProblem(17, 15)).toMatch(/Remove 2 users first/);
    expect(seatsProblem(1, 0)).toBe('Choose at least 1 seat');
    expect(seatsProblem(17, 17)).toBeNull();
  });

  it('refuses the seats it already has, in the preview as in the change', () => {
    const refusal = { ok: false, refusal: { kind: 'invalid', field: 'seats' } };
    expect(changeSeats(account, 20, '2026-11-20')).toMatchObject(refusal);
    const preview = previewSeatChange(account, 20, '2026-11-20');
    expect(preview).toMatchObject({ ok: false, refusal: { refusal: { kind: 'invalid', field: 'seats' } } });
    // With a decrease pending, choosing the current seats withdraws it: both accept it.
    const pending = paidAccount({ seats: 20, monitoredUsers: 17, pendingSeats: 18 });
    expect(previewSeatChange(pending, 20, '2026-11-20')).toMatchObject({
      ok: true,
      preview: { effective: 'no-change' },
    });
    expect(changeSeats(pending, 20, '2026-11-20')).toMatchObject({ ok: true, state: { pendingSeats: null } });
  });

  it('refuses changes on a cancelled subscription', () => {
    expect(changeSeats(paidAccount({ cancelsOn: '2026-11-30' }), 25, '2026-11-20')).toMatchObject({
      ok: false,
      refusal: { kind: 'conflict' },
    });
  });
});
