import { freshTrialState } from '../../src/domain/lifecycle/fresh-trial';
import type { NewAccountRecord } from './account-record';

type TrialFacts = Pick<
  NewAccountRecord,
  'mspId' | 'email' | 'emailKey' | 'organizationName' | 'createdAt' | 'trialEndsAt' | 'monitoredUsers'
>;

/**
 * A new trial account's record: the domain's fresh trial state, with who it
 * is added onto that very object in one fixed order. Not spread nor
 * Object.assign'd into a new one: the demo grows 50,000 of these at start-up,
 * and adding in place was the fastest way measured (about twice as fast as
 * Object.assign), each record still taking the same shape.
 */
export function newTrialRecord(facts: TrialFacts): NewAccountRecord {
  const record = freshTrialState(facts) as NewAccountRecord;
  record.mspId = facts.mspId;
  record.organizationName = facts.organizationName;
  record.email = facts.email;
  record.emailKey = facts.emailKey;
  record.version = 1;
  return record;
}
