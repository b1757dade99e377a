import { describe, expect, it } from 'vitest';
import { candidates, expectNumbersNeverReused } from '../../tests/store/account-numbers';
import { MemoryStore } from './memory-store';
import { newTrialRecord } from './new-trial-record';
import type { AccountRecord } from './account-record';

const scope = { mspId: 'msp-seeded' };

function seededRecord(accountNumber: string, email: string): AccountRecord {
  const record = newTrialRecord({
    mspId: scope.mspId,
    email,
    emailKey: email,
    organizationName: 'Seeded Ltd',
    createdAt: '2026-01-01T00:00:00.000Z',
    trialEndsAt: '2999-01-01',
    monitoredUsers: 0,
  });
  return { ...record, accountNumber };
}

const createdEntry = {
  at: '2026-01-02T00:00:00.000Z',
  actor: 'test',
  action: 'created' as const,
  summary: 'Created',
  organizationName: 'Seeded Ltd',
  before: null,
  after: null,
  chargeCents: null,
};

describe('account numbers in the memory store', () => {
  it('never issues a number twice, also after its account is deleted', async () => {
    const store = new MemoryStore([], {
      accountNumberCandidate: candidates('AC-10000001', 'AC-10000001', 'AC-10000001', 'AC-10000002', 'AC-10000003'),
    });
    await expectNumbersNeverReused(store, { mspId: 'msp-numbers' });
  });

  // The store indexes emails on its first create, and keeps issued numbers as the held ones plus the retired ones
  // (a seeded demo of 50,000 accounts answers its first board without either copy): both must still hold.
  it('refuses a seeded account’s email and number, the number also once the account is gone and remembered', async () => {
    const store = new MemoryStore([seededRecord('AC-100001', 'seed@one.example')], {
      accountNumberCandidate: candidates('AC-100001', 'AC-100002', 'AC-100002', 'AC-100003', 'AC-100004'),
    });
    const create = (email: string) =>
      store.create(
        newTrialRecord({
          mspId: scope.mspId,
          email,
          emailKey: email,
          organizationName: 'New Ltd',
          createdAt: '2026-01-02T00:00:00.000Z',
          trialEndsAt: '2999-01-01',
          monitoredUsers: 0,
        }),
        createdEntry,
      );
    expect(await create('seed@one.example')).toEqual({ ok: false, reason: 'email-taken' });
    const first = await create('new@two.example');
    expect(first.ok && first.record.accountNumber).toBe('AC-100002');
    expect(await create('new@two.example')).toEqual({ ok: false, reason: 'email-taken' });

    store.drop(['AC-100001']);
    store.rememberIssued(['AC-100003']);
    // The seed's email is free again; its number (and the remembered one) never is.
    const again = await create('seed@one.example');
    expect(again.ok && again.record.accountNumber).toBe('AC-100004');
    expect([...store.issuedNumbers()].sort()).toEqual(['AC-100001', 'AC-100002', 'AC-100003', 'AC-100004']);
  });
});
