// Prints EXPLAIN (ANALYZE) of Activity's filtered page and totals at 1,000,000 history entries over 20 MSPs,
// in a temporary schema of DATABASE_URL (PostgreSQL). The plans in the README's "Activity" come from here.
//   DATABASE_URL=postgres://… npx tsx scripts/explain-activity.ts
import { sql } from 'kysely';
import { addDays, dayOf } from '../src/domain/calendar';
import { SqlStore } from '../server/sql/sql-store';
import type { HistoryFilters } from '../server/store/account-record';
import { withExplainDatabase } from './explain-plans';

const ENTRIES = 1_000_000;

await withExplainDatabase(async (db, explain) => {
  // 20 MSPs, 5 staff members each and the system, seven actions, a year of entries, a charge on three actions in seven.
  await sql`insert into account_history
      (msp_id, account_number, organization_name, at, actor, action, summary, before, after, charge_cents)
    select 'explain-msp-' || (1 + g % 20), 'AC-' || (100001 + g % 100000), 'Org ' || (g % 100000),
      now() - (g % 525600) * interval '1 minute',
      case when g % 6 = 0 then 'system' else 'staff' || (g % 5) || '@msp' || (1 + g % 20) || '.example' end,
      (array['created','upgraded','renewed','trial-extended','cancelled','seats-added','trial-expired'])[1 + g % 7],
      'Explained', null, null, case when g % 7 in (1, 2, 5) then g % 5000 else null end
    from generate_series(1, ${ENTRIES}) g`.execute(db);
  await sql`vacuum analyze`.execute(db);
  const store = new SqlStore(db);
  const scope = { mspId: 'explain-msp-7' };
  const today = dayOf(new Date());
  const cases: Array<[string, HistoryFilters]> = [
    ['action "upgraded"', { action: 'upgraded' }],
    ['one staff member, typed in capitals', { actor: 'STAFF1@MSP7.EXAMPLE' }],
    ['one account', { accountNumber: 'AC-100007' }],
    ['the last 30 days', { from: addDays(today, -29), to: today }],
  ];
  for (const [title, filters] of cases) {
    await explain(title, async () => {
      await store.history(scope, { ...filters, limit: 50, after: null });
      await store.historyTotals(scope, filters);
    });
  }
});
