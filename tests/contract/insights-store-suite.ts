import { beforeEach, describe, expect, it } from 'vitest';
import { recordFleetSnapshots } from '../../server/app/fleet-snapshots';
import type { AccountRecord, AccountStore } from '../../server/store/account-record';
import { newTrialRecord } from '../../server/store/new-trial-record';
import { addDays } from '../../src/domain/calendar';

export const TODAY = '2026-11-21';

let sequence = 0;
function account(mspId: string, created: string, facts: Partial<AccountRecord>): AccountRecord {
  sequence += 1;
  const email = `insights.${sequence}@${mspId}.example`;
  return {
    ...newTrialRecord({
      mspId,
      organizationName: `Insights ${sequence}`,
      email,
      emailKey: email,
      createdAt: `${created}T09:30:00.000Z`,
      trialEndsAt: addDays(created, 30),
      monitoredUsers: 1,
    }),
    accountNumber: `AC-${200_000 + sequence}`,
    ...facts,
  };
}

function paid(mspId: string, created: string, anchor: string, seats: number, users: number, more = {}) {
  return account(mspId, created, {
    plan: 'paid',
    trialEndsAt: null,
    billingAnchor: anchor,
    periodStart: anchor,
    renewsOn: addDays(anchor, 40),
    seats,
    monitoredUsers: users,
    ...more,
  });
}

/** A fleet whose every insight is known by hand (see the expectations below). */
export function knownFleet(): AccountRecord[] {
  return [
    account('msp-a', '2026-11-20', { monitoredUsers: 3 }), // trial, 29 days left, week of 16 Nov
    account('msp-a', '2026-11-02', {}), // trial, 11 days left, week of 2 Nov
    account('msp-a', '2026-11-03', {}), // trial, 12 days left, week of 2 Nov
    account('msp-a', '2026-10-10', {}), // expired on 9 Nov
    paid('msp-a', '2026-10-05', '2026-10-20', 10, 11), // over its seats
    paid('msp-a', '2026-11-01', '2026-11-10', 10, 2), // under 25 %
    paid('msp-a', '2025-01-01', '2025-01-20', 8, 6, { pendingSeats: 7 }), // 75–100 %, 7 seats next period
    paid('msp-a', '2026-09-01', '2026-09-10', 4, 2, { cancelsOn: '2026-12-10' }), // 50–74 %, not billed next
    account('msp-a', '2026-11-05', {
      plan: 'cancelled',
      trialEndsAt: null,
      billingAnchor: '2026-11-06',
      seats: 5,
      endedOn: '2026-11-15',
      deleteAfter: '2026-11-29',
    }),
    paid('msp-b', '2026-11-01', '2026-11-02', 100, 50),
    account('msp-b', '2026-11-20', {}),
  ];
}

export interface InsightsStoreTarget {
  store: AccountStore;
  /** Puts accounts in as they are. */
  insert: (records: AccountRecord[]) => Promise<void>;
}

/** The store's side of Insights, on hand-made data, for every store. */
export function describeInsightsStore(name: string, setup: () => Promise<InsightsStoreTarget>) {
  describe(`Insights in the store: ${name}`, () => {
    let target: InsightsStoreTarget;
    const a = { mspId: 'msp-a' };
    const b = { mspId: 'msp-b' };

    beforeEach(async () => {
      target = await setup();
      await target.insert(knownFleet());
    }, 120_000);

    it('records one snapshot per MSP per day, once, even when two settles run at once', async () => {
      const { store } = target;
      expect(await store.mspsWithoutSnapshot(TODAY)).toEqual(expect.arrayContaining(['msp-a', 'msp-b']));
      await Promise.all([recordFleetSnapshots(store, TODAY), recordFleetSnapshots(store, TODAY)]);
      expect(await store.mspsWithoutSnapshot(TODAY)).toEqual([]);
      const { snapshots } = await store.insights(a, { today: TODAY, from: addDays(TODAY, -29) });
      expect(snapshots).toEqual([
        {
          day: TODAY,
          activeUsers: 11 + 2 + 6 + 2,
          paidAccounts: 4,
          seats: 10 + 10 + 8 + 4,
          mrrCents: (10 + 10 + 7) * 1_000,
          trialsActive: 3,
          trialsExpired: 1,
          overSeats: 1,
        },
      ]);
      const other = await store.insights(b, { today: TODAY, from: addDays(TODAY, -29) });
      expect(other.snapshots.map((s) => [s.activeUsers, s.seats, s.trialsActive])).toEqual([[50, 100, 1]]);
    });

    it('keeps the first snapshot of a day when the fleet changes and the settle runs again', async () => {
      const { store } = target;
      await recordFleetSnapshots(store, TODAY);
      await target.insert([paid('msp-a', '2026-11-19', '2026-11-20', 30, 30)]);
      await recordFleetSnapshots(store, TODAY);
      await store.recordSnapshot(a, TODAY, 1_000);
      const { snapshots } = await store.insights(a, { today: TODAY, from: TODAY });
      expect(snapshots.map((s) => s.paidAccounts)).toEqual([4]);
    });

    it('answers the snapshots of the range only, oldest first', async () => {
      const { store } = target;
      for (const day of [addDays(TODAY, -40), addDays(TODAY, -29), addDays(TODAY, -3), TODAY, addDays(TODAY, 1)])
        await store.recordSnapshot(a, day, 1_000);
      const { snapshots } = await store.insights(a, { today: TODAY, from: addDays(TODAY, -29) });
      expect(snapshots.map((s) => s.day)).toEqual([addDays(TODAY, -29), addDays(TODAY, -3), TODAY]);
    });

    it('counts the trial pipeline by days left and week of creation', async () => {
      const { pipeline } = await target.store.insights(a, { today: TODAY, from: addDays(TODAY, -29) });
      expect(pipeline).toEqual([
        { daysLeft: 11, createdWeek: '2026-11-02', trials: 1 },
        { daysLeft: 12, createdWeek: '2026-11-02', trials: 1 },
        { daysLeft: 29, createdWeek: '2026-11-16', trials: 1 },
      ]);
    });

    it('counts cohorts by creation month from the range start, converted meaning it ever became paid', async () => {
      const { cohorts } = await target.store.insights(a, { today: TODAY, from: addDays(TODAY, -29) });
      expect(cohorts).toEqual([
        { month: '2026-10', created: 2, converted: 1 },
        { month: '2026-11', created: 5, converted: 2 },
      ]);
      const year = await target.store.insights(a, { today: TODAY, from: addDays(TODAY, -364) });
      expect(year.cohorts.map((c) => c.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    });

    it('sorts paid accounts into utilisation buckets, every bucket present', async () => {
      const { utilisation } = await target.store.insights(a, { today: TODAY, from: TODAY });
      expect(utilisation).toEqual([
        { bucket: 'under-25', accounts: 1, seats: 10, monitoredUsers: 2 },
        { bucket: '25-49', accounts: 0, seats: 0, monitoredUsers: 0 },
        { bucket: '50-74', accounts: 1, seats: 4, monitoredUsers: 2 },
        { bucket: '75-100', accounts: 1, seats: 8, monitoredUsers: 6 },
        { bucket: 'over', accounts: 1, seats: 10, monitoredUsers: 11 },
      ]);
    });

    it('keeps each MSP to its own accounts', async () => {
      const other = await target.store.insights(b, { today: TODAY, from: addDays(TODAY, -29) });
      expect(other.pipeline).toEqual([{ daysLeft: 29, createdWeek: '2026-11-16', trials: 1 }]);
      expect(other.cohorts).toEqual([{ month: '2026-11', created: 2, converted: 1 }]);
      expect(other.utilisation.filter((u) => u.accounts > 0)).toEqual([
        { bucket: '50-74', accounts: 1, seats: 100, monitoredUsers: 50 },
      ]);
    });
  });
}
