import { expect } from 'vitest';
import type { AccountStore, Scope } from '../../server/store/account-record';
import { newTrialRecord } from '../../server/store/new-trial-record';

/** A fixed series of candidates: the store must skip any number it issued before. */
export function candidates(...numbers: string[]) {
  let index = 0;
  return () => numbers[Math.min(index++, numbers.length - 1)]!;
}

async function createIn(store: AccountStore, scope: Scope, email: string) {
  const created = await store.create(
    newTrialRecord({
      mspId: scope.mspId,
      email,
      emailKey: email,
      organizationName: 'Numbered Ltd',
      createdAt: new Date().toISOString(),
      trialEndsAt: '2999-01-01',
      monitoredUsers: 0,
    }),
    {
      at: new Date().toISOString(),
      actor: 'test',
      action: 'created',
      summary: 'Created',
      organizationName: 'Numbered Ltd',
      before: null,
      after: null,
      chargeCents: null,
    },
  );
  if (!created.ok) throw new Error('create failed');
  return created.record.accountNumber;
}

/**
 * The store never issues a number twice: not while the account exists, not
 * after it is deleted for good. `store` draws its candidates from
 * candidates('AC-10000001', 'AC-10000001', 'AC-10000001', 'AC-10000002', 'AC-10000003').
 */
export async function expectNumbersNeverReused(store: AccountStore, scope: Scope) {
  const tag = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 6)}`;
  const first = await createIn(store, scope, `n1.${tag}@numbers.example`);
  expect(first).toBe('AC-10000001');
  const deleted = await store.update(scope, first, () => ({
    ok: true as const,
    record: 'delete' as const,
    history: [],
    result: null,
  }));
  expect(deleted.ok).toBe(true);
  expect(await store.get(scope, first)).toBeNull();
  // The candidate AC-10000001 comes up again twice: it was issued, so the store moves on.
  expect(await createIn(store, scope, `n2.${tag}@numbers.example`)).toBe('AC-10000002');
  expect(await createIn(store, scope, `n3.${tag}@numbers.example`)).toBe('AC-10000003');
}
