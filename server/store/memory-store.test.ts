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

// A board is read from the store's index of the day's boards (board-index.ts), made once and kept until the
// records change: every kind of change, and the day moving on, must show in the next read of a board read before.
describe("the memory store's boards after a change", () => {
  const trial = (accountNumber: string, name: string, trialEndsAt: string): AccountRecord => ({
    ...seededRecord(accountNumber, `${accountNumber.toLowerCase()}@boards.example`),
    organizationName: name,
    trialEndsAt,
  });
  const read = async (store: MemoryStore, status: 'trial' | 'expired' | 'paid', q = '', today = '2026-06-01') => {
    const page = await store.list(scope, {
      status,
      today,
      limit: 10,
      sort: 'newest',
      filters: { words: q ? [q] : [] },
      after: null,
    });
    return { numbers: page.items.map((record) => record.accountNumber).sort(), total: page.total, of: page.boardTotal };
  };

  it('shows creates, updates, deletes, another copy’s writes, loads and drops, and a trial expiring', async () => {
    const store = new MemoryStore([
      trial('AC-1', 'Harbor Dental', '2026-06-10'),
      trial('AC-2', 'Cedar Legal', '2026-06-01'),
    ]);
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: ['AC-1'], total: 1, of: 2 });

    const created = await store.create(
      { ...trial('unused', 'Maple Dental', '2026-06-20'), email: 'new@boards.example', emailKey: 'new@boards.example' },
      createdEntry,
    );
    if (!created.ok) throw new Error('not created');
    const maple = created.record.accountNumber;
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: ['AC-1', maple].sort(), total: 2, of: 3 });

    // Renamed: its folded text is the new name's.
    await store.update(scope, 'AC-1', (record) => ({
      ok: true,
      record: { ...record, organizationName: 'Harbor Bakery' },
      history: [],
      result: null,
    }));
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: [maple], total: 1, of: 3 });
    expect(await read(store, 'trial', 'bakery')).toEqual({ numbers: ['AC-1'], total: 1, of: 3 });

    // Converted: off the trials, onto the paid board.
    await store.update(scope, maple, (record) => ({
      ok: true,
      record: { ...record, plan: 'paid', trialEndsAt: null, seats: 5 },
      history: [],
      result: null,
    }));
    expect(await read(store, 'trial')).toEqual({ numbers: ['AC-1', 'AC-2'], total: 2, of: 2 });
    expect(await read(store, 'paid', 'dental')).toEqual({ numbers: [maple], total: 1, of: 1 });

    await store.update(scope, 'AC-2', () => ({ ok: true, record: 'delete', history: [], result: null }));
    expect(await read(store, 'trial')).toEqual({ numbers: ['AC-1'], total: 1, of: 1 });

    // Another tab's write, a load and a drop (restoring), none of them through create or update.
    store.apply({ changed: [trial('AC-3', 'Beacon Dental', '2026-06-05')], deleted: [], history: [] });
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: ['AC-3'], total: 1, of: 2 });
    store.load([trial('AC-4', 'Falcon Dental', '2026-06-07')]);
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: ['AC-3', 'AC-4'], total: 2, of: 3 });
    store.drop(['AC-3']);
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: ['AC-4'], total: 1, of: 2 });

    // The day moves past a trial's last day: it is on the expired board, with nothing written.
    expect(await read(store, 'expired', '', '2026-06-08')).toEqual({ numbers: ['AC-4'], total: 1, of: 1 });
    expect(await read(store, 'trial', '', '2026-06-08')).toEqual({ numbers: ['AC-1'], total: 1, of: 1 });
    expect(await read(store, 'trial', 'dental')).toEqual({ numbers: ['AC-4'], total: 1, of: 2 });
  });
});
