import { describe, expect, it } from 'vitest';
import { accountKeys, activityKeys, endedKeys } from '../../api/accounts';
import type { Account } from '../../api/contract';
import { keysChangedBy } from './account-cache';
import { optimisticPatch } from './optimistic-patch';

const paid: Account = {
  accountNumber: 'AC-1',
  organizationName: 'Acme Ltd',
  email: 'admin@acme.example',
  status: 'paid',
  createdAt: '2026-09-01T10:00:00.000Z',
  trialEndsAt: null,
  monitoredUsers: 12,
  seats: 20,
  consoleUrl: '/demo-console/AC-1',
  paidSince: '2026-09-14',
  periodStart: '2026-11-14',
  renewsOn: '2026-12-14',
  pendingSeats: 15,
  cancelsOn: null,
  nextChargeCents: 15_000,
  endedOn: null,
  deleteAfter: null,
};

describe('keysChangedBy', () => {
  it('refetches the board an upgrade left and the one it joined, and nothing ended', () => {
    expect(keysChangedBy('trial', paid)).toEqual([
      accountKeys.board('trial'),
      accountKeys.board('paid'),
      accountKeys.summary(),
      activityKeys.account('AC-1'),
      activityKeys.fleet(),
    ]);
  });

  it('names a board once when the account stays on it', () => {
    expect(keysChangedBy('paid', paid).filter((key) => key[1] === 'board')).toEqual([accountKeys.board('paid')]);
  });

  it('refetches Removed and cancelled when an account is removed', () => {
    expect(keysChangedBy('expired', { ...paid, status: 'removed' })).toEqual(
      expect.arrayContaining([accountKeys.board('expired'), endedKeys.all]),
    );
  });
});

describe('optimisticPatch', () => {
  it('cancels at the renewal and bills nothing next', () => {
    expect(optimisticPatch('cancel', paid, 1000)).toMatchObject({ cancelsOn: '2026-12-14', nextChargeCents: null });
  });

  it('resumes with the pending seats billed', () => {
    const cancelled = { ...paid, cancelsOn: '2026-12-14', nextChargeCents: null };
    expect(optimisticPatch('resume', cancelled, 1000)).toMatchObject({ cancelsOn: null, nextChargeCents: 15_000 });
  });

  it('withdraws a pending decrease: all seats billed, unless cancelled', () => {
    expect(optimisticPatch('withdrawPendingSeats', paid, 1000)).toMatchObject({
      pendingSeats: null,
      nextChargeCents: 20_000,
    });
    expect(
      optimisticPatch('withdrawPendingSeats', { ...paid, cancelsOn: '2026-12-14', nextChargeCents: null }, 1000),
    ).toMatchObject({ pendingSeats: null, nextChargeCents: null });
  });

  it('leaves actions whose outcome only the server knows to the server', () => {
    expect(optimisticPatch('upgrade', paid, 1000)).toBeNull();
  });
});
