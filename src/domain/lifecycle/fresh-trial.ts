import type { AccountState } from './account-state';

type TrialStart = Pick<AccountState, 'createdAt' | 'trialEndsAt' | 'monitoredUsers'>;

/**
 * A trial as it stands the day it is added: no seats, no billing, nothing
 * pending or ended. The one place that says which facts a new trial starts
 * without, for the server's new record, the replayed demo past and the rule
 * tests alike, so adding a field to AccountState means adding it here once.
 */
export function freshTrialState(start: TrialStart): AccountState {
  return {
    plan: 'trial',
    createdAt: start.createdAt,
    trialEndsAt: start.trialEndsAt,
    monitoredUsers: start.monitoredUsers,
    seats: null,
    billingAnchor: null,
    periodStart: null,
    renewsOn: null,
    pendingSeats: null,
    cancelsOn: null,
    proratedNumerator: 0,
    endedOn: null,
    deleteAfter: null,
  };
}
