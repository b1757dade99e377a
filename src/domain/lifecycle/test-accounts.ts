import type { AccountState } from './account-state';

/** Accounts for the rule tests, created 2026-11-01 unless told otherwise. */
export function trialAccount(overrides: Partial<AccountState> = {}): AccountState {
  return {
    plan: 'trial',
    createdAt: '2026-11-01T09:30:00.000Z',
    trialEndsAt: '2026-12-01',
    monitoredUsers: 12,
    seats: null,
    billingAnchor: null,
    periodStart: null,
    renewsOn: null,
    pendingSeats: null,
    cancelsOn: null,
    proratedNumerator: 0,
    endedOn: null,
    deleteAfter: null,
    ...overrides,
  };
}

export function paidAccount(overrides: Partial<AccountState> = {}): AccountState {
  return trialAccount({
    plan: 'paid',
    seats: 20,
    billingAnchor: '2026-01-31',
    periodStart: '2026-10-31',
    renewsOn: '2026-11-30',
    ...overrides,
  });
}
