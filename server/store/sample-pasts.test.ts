import { describe, expect, it } from 'vitest';
import { accountPast, latestPastAtFor, pastInShort } from '../../mocks/account-past';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { addDays } from '../../src/domain/calendar';
import type { Role } from '../../src/domain/permissions';
import type { HistoryFilters } from './account-record';
import { MemoryStore } from './memory-store';

const TODAY = '2026-11-22';
const ADMIN = 'Admin@Demo.example';
const fleet = () => generateDemoFleet({ seed: 31, size: 400, today: TODAY, mspId: 'msp-past' });

/** One store counts its sample pasts in short, the other writes them all (replays every past) and counts entries. */
function stores() {
  const past = {
    entriesOf: (record: Parameters<typeof accountPast>[0]) => accountPast(record, TODAY, ADMIN),
    latestOf: latestPastAtFor(TODAY),
  };
  const short = new MemoryStore(fleet(), {
    past: { ...past, inShortOf: (record) => pastInShort(record, TODAY, ADMIN) },
  });
  const replayed = new MemoryStore(fleet(), { past });
  return { short, replayed };
}

describe('Activity totals of a sample fleet, counted in short', () => {
  it('match the replayed pasts under every filter, role and date range', async () => {
    const { short, replayed } = stores();
    const paid = fleet().find((record) => record.plan === 'paid' && record.billingAnchor! < addDays(TODAY, -200))!;
    const filters: HistoryFilters[] = [
      {},
      { action: 'renewed' },
      { action: 'upgraded' },
      { action: 'created' },
      { action: 'trial-extended' },
      { action: 'seats-added' },
      { action: 'trial-expired' },
      { actor: 'SYSTEM' },
      { actor: ADMIN.toLowerCase() },
      { actor: 'nobody@example.com' },
      { from: addDays(TODAY, -30) },
      { to: addDays(TODAY, -365) },
      { from: addDays(TODAY, -400), to: addDays(TODAY, -370) },
      { from: TODAY, to: TODAY },
      { action: 'renewed', from: addDays(TODAY, -95), to: addDays(TODAY, -60) },
      { actor: 'system', action: 'renewed', from: addDays(TODAY, -31) },
      { accountNumber: paid.accountNumber, from: addDays(TODAY, -120) },
    ];
    const roles: Role[] = ['admin', 'sales', 'technician'];
    let charged = 0;
    for (const role of roles) {
      const scope = { mspId: 'msp-past', staffEmail: ADMIN, staffId: '7', role };
      for (const filter of filters) {
        const expected = await replayed.historyTotals(scope, filter);
        expect(await short.historyTotals(scope, filter), `${role} ${JSON.stringify(filter)}`).toEqual(expected);
        charged += expected.chargedCents;
      }
    }
    // The fleet's pasts have renewals and charges to count: the comparison is not of two zeros.
    expect((await replayed.historyTotals({ mspId: 'msp-past' }, { action: 'renewed' })).entries).toBeGreaterThan(1_000);
    expect(charged).toBeGreaterThan(0);
  });

  it('stay right as pages of Activity write part of the past and new entries are added', async () => {
    const { short, replayed } = stores();
    const scope = { mspId: 'msp-past' };
    // A first page writes the pasts that can reach it; an account's own history writes its past.
    await short.history(scope, { limit: 50, after: null });
    const account = fleet().find((record) => record.plan === 'trial')!;
    await short.history(scope, { limit: 50, after: null, accountNumber: account.accountNumber });
    for (const filter of [{}, { action: 'renewed' }, { from: addDays(TODAY, -10) }] satisfies HistoryFilters[])
      expect(await short.historyTotals(scope, filter)).toEqual(await replayed.historyTotals(scope, filter));

    // Every entry shown is counted: walking the whole of Activity gives the totals.
    let [entries, chargedCents] = [0, 0];
    let after = null as { at: string; id: string } | null;
    do {
      const page = await short.history(scope, { limit: 500, after, action: 'renewed' });
      entries += page.items.length;
      chargedCents += page.items.reduce((sum, entry) => sum + (entry.chargeCents ?? 0), 0);
      after = page.next;
    } while (after);
    expect({ entries, chargedCents }).toEqual(await replayed.historyTotals(scope, { action: 'renewed' }));
  });
});
