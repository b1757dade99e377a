// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import { openDatabase } from '../../server/sql/database';
import { migrateToLatest } from '../../server/sql/migrate';
import { SqlStore } from '../../server/sql/sql-store';
import { insertAccounts } from '../../server/seed/insert-accounts';
import { startSettlementSchedule } from '../../server/node/settlement-schedule';
import { newTrialRecord } from '../../server/store/new-trial-record';
import type { AccountRecord } from '../../server/store/account-record';
import { tempPglite, tempPostgresSchema, type TestDatabase } from './live-server-harness';

const TODAY = '2026-12-06';
const MSP = 'schedule-msp';

function record(accountNumber: string, facts: Partial<AccountRecord>): AccountRecord {
  const base = newTrialRecord({
    mspId: MSP,
    email: `${accountNumber}@schedule.example`,
    emailKey: `${accountNumber}@schedule.example`,
    organizationName: `Schedule ${accountNumber}`,
    createdAt: '2026-10-01T10:00:00.000Z',
    trialEndsAt: '2026-10-30',
    monitoredUsers: 2,
  });
  return { ...base, accountNumber, ...facts };
}

async function settleWith(database: TestDatabase, processes: number) {
  const opened = await openDatabase(database.location);
  try {
    await migrateToLatest(opened.db);
    await opened.db.insertInto('msps').values({ id: MSP, name: 'Schedule' }).execute();
    await insertAccounts(opened.db, [
      // Its last day was yesterday: it runs out today.
      record('AC-700001', { trialEndsAt: addDays(TODAY, -1) }),
      // Due to renew on Dec 3, three days before the server got to it.
      record('AC-700002', {
        plan: 'paid',
        seats: 4,
        billingAnchor: '2026-11-03',
        periodStart: '2026-11-03',
        renewsOn: '2026-12-03',
      }),
    ]);
    const store = new SqlStore(opened.db);
    await store.markSettled(addDays(TODAY, -4));
    // Several server processes start their schedules at once on one database.
    const schedules = Array.from({ length: processes }, () =>
      startSettlementSchedule({
        store: new SqlStore(opened.db),
        db: opened.db,
        location: database.location,
        clock: () => new Date(`${TODAY}T08:00:00Z`),
        everyMs: 10,
      }),
    );
    await Promise.all(schedules.map((schedule) => schedule.started));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all(schedules.map((schedule) => schedule.stop()));
    const history = await store.history({ mspId: MSP }, { limit: 50, after: null });
    return { history: history.items, settledThrough: await store.settledThrough() };
  } finally {
    await opened.close();
    await database.dispose();
  }
}

function expectSettledOnce(result: Awaited<ReturnType<typeof settleWith>>) {
  expect(result.settledThrough).toBe(TODAY);
  expect(result.history.map((entry) => [entry.accountNumber, entry.action, entry.at, entry.summary])).toEqual([
    ['AC-700001', 'trial-expired', `${TODAY}T00:00:00.000Z`, 'Trial ended; now on Freemium (3 users)'],
    ['AC-700002', 'renewed', '2026-12-03T00:00:00.000Z', expect.stringMatching(/^Renewed for 2026-12-03/)],
  ]);
}

describe('live mode settles on a schedule of its own', () => {
  it('settles each day once, dated by the day each change took effect (PGlite)', async () => {
    expectSettledOnce(await settleWith(await tempPglite(), 1));
  }, 60_000);

  const databaseUrl = process.env.DATABASE_URL?.trim();
  it.skipIf(!databaseUrl)(
    'settles each day once when three processes run the schedule together (PostgreSQL, advisory lock)',
    async () => {
      expectSettledOnce(await settleWith(await tempPostgresSchema(databaseUrl!), 3));
    },
    60_000,
  );
});
