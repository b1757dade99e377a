import type { NewAccountRecord } from './account-record';

type TrialFacts = Pick<
  NewAccountRecord,
  'mspId' | 'email' | 'emailKey' | 'organizationName' | 'createdAt' | 'trialEndsAt' | 'monitoredUsers'
>;

/**
 * A new trial account's record: no billing facts until it is upgraded.
 * Written out field by field rather than spread: the demo grows 50,000 of
 * these at start-up, and one object shape keeps that fast.
 */
export function newTrialRecord(facts: TrialFacts): NewAccountRecord {
  return {
    mspId: facts.mspId,
    organizationName: facts.organizationName,
    email: facts.email,
    emailKey: facts.emailKey,
    plan: 'trial',
    createdAt: facts.createdAt,
    trialEndsAt: facts.trialEndsAt,
    monitoredUsers: facts.monitoredUsers,
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
