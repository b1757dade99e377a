import type { NewAccountRecord } from './account-record';

type TrialFacts = Pick<
  NewAccountRecord,
  'mspId' | 'email' | 'emailKey' | 'organizationName' | 'createdAt' | 'trialEndsAt' | 'monitoredUsers'
>;

/** A new trial account's record: no billing facts until it is upgraded. */
export function newTrialRecord(facts: TrialFacts): NewAccountRecord {
  return {
    ...facts,
    plan: 'trial',
    seats: null,
    billingAnchor: null,
    periodStart: null,
    renewsOn: null,
    pendingSeats: null,
    cancelsOn: null,
    proratedNumerator: 0,
    endedOn: null,
    deleteAfter: null,
    version: 1,
  };
}
