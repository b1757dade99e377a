// Prints EXPLAIN (ANALYZE) of the board queries that search and filter, at
// 100,000 accounts over 20 MSPs, in a temporary schema of DATABASE_URL
// (PostgreSQL). The plans in the README's "Finding accounts" come from here.
//   DATABASE_URL=postgres://… npx tsx scripts/explain-find.ts
import { sql } from 'kysely';
import { dayOf } from '../src/domain/calendar';
import { searchWords } from '../src/domain/search-text';
import { SqlStore } from '../server/sql/sql-store';
import { insertAccounts } from '../server/seed/insert-accounts';
import type { ListQuery } from '../server/store/account-record';
import { MSPS, mspFleet } from './bench-fleet';
import { withExplainDatabase } from './explain-plans';

await withExplainDatabase(async (db, explain) => {
  const today = dayOf(new Date());
  for (let index = 0; index < MSPS; index += 1) {
    const mspId = `explain-msp-${index + 1}`;
    await db.insertInto('msps').values({ id: mspId, name: mspId }).execute();
    await insertAccounts(db, mspFleet(index, mspId, today));
  }
  await sql`vacuum analyze`.execute(db);
  const store = new SqlStore(db);
  const scope = { mspId: 'explain-msp-7' };
  const base = { today, limit: 60, after: null } as const;
  const cases: Array<[string, ListQuery]> = [
    [
      'search "harbor dental" on Paid, by next charge',
      {
        ...base,
        status: 'paid',
        sort: 'nextCharge',
        filters: { words: searchWords('harbor dental') },
      },
    ],
    [
      'Active Trials ending within 7 days, trial end soonest first',
      {
        ...base,
        status: 'trial',
        sort: 'trialEnd',
        filters: { words: [], trialEndsBy: addDaysText(today, 7) },
      },
    ],
    [
      'Paid over their seats, by name',
      { ...base, status: 'paid', sort: 'name', filters: { words: [], overSeats: true } },
    ],
  ];
  for (const [title, query] of cases) await explain(title, () => store.list(scope, query));
});

function addDaysText(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
