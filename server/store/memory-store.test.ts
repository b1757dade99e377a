import { describe, it } from 'vitest';
import { candidates, expectNumbersNeverReused } from '../../tests/store/account-numbers';
import { MemoryStore } from './memory-store';

describe('account numbers in the memory store', () => {
  it('never issues a number twice, also after its account is deleted', async () => {
    const store = new MemoryStore([], {
      accountNumberCandidate: candidates('AC-10000001', 'AC-10000001', 'AC-10000001', 'AC-10000002', 'AC-10000003'),
    });
    await expectNumbersNeverReused(store, { mspId: 'msp-numbers' });
  });
});
