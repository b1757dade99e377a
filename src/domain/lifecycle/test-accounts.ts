import type { AccountState } from './account-state';
import { freshTrialState } from './fresh-trial';

/** Accounts for the rule tests, created 2026-11-01 unless told otherwise. */
export function trialAccount(overrides: Partial<AccountState> = {}): AccountState {
  return {
    ...freshTrialState({ createdAt: '2026-11-01T09:30:00.000Z', trialEndsAt: '2026-12-01', monitoredUsers: 12 }),
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
