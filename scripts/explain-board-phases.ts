// npx tsx scripts/explain-board-phases.ts: where one board request's work goes, phase by phase, at bench-api's
// 100,000 accounts (PGlite, or a temporary schema of DATABASE_URL). Each phase runs alone in this process, without
// HTTP, and is reported as wall time and this process's CPU time per call (CPU time says the same on a loaded
// machine as on an idle one, where wall time does not) and the statements it sent to the database.
import os from 'node:os';
import { sql } from 'kysely';
import { listQueryFrom } from '../server/app/list-query';
import { presentAccount } from '../server/app/present-account';
import { StaffDirectory } from '../server/auth/staff-directory';
import { openDatabase } from '../server/sql/database';
import { SqlStore } from '../server/sql/sql-store';
import { dayOf } from '../src/domain/calendar';
import { seed } from './bench-fleet';
import { temporaryDatabase } from './temporary-database';

const CALLS = Number(process.env.BENCH_CALLS ?? 300);

const temporary = await temporaryDatabase('mcc_phases');
try {
  await seed(temporary.location);
  const database = await openDatabase(temporary.location);
  let statements = 0;
  // transformResult runs once per statement executed (transformQuery would count each subquery too).
  const db = database.db.withPlugin({
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      statements += 1;
      return result;
    },
  });
  const today = dayOf(new Date());
  const staff = await new StaffDirectory(database.db).findByEmail('staff@bench-msp-1.example');
  if (!staff) throw new Error('The bench fleet has no staff@bench-msp-1.example');
  const { token } = await new StaffDirectory(database.db).startSession(staff.id, new Date());
  const directory = new StaffDirectory(db);
  const store = new SqlStore(db);
  const actor = { mspId: staff.mspId, staffEmail: staff.email, staffId: staff.id, role: staff.role };
  const { query } = listQueryFrom({ status: 'paid', limit: '60' }, today);
  const page = await store.list(actor, query);
  const consoleUrlFor = (accountNumber: string) => `/open-account/${accountNumber}`;

  const rows: Array<Record<string, string | number>> = [];
  const time = async (phase: string, work: () => Promise<unknown>) => {
    for (let call = 0; call < 30; call += 1) await work();
    statements = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let call = 0; call < CALLS; call += 1) await work();
    const wall = (performance.now() - started) / CALLS;
    const used = process.cpuUsage(cpu);
    rows.push({
      phase,
      'wall ms': Number(wall.toFixed(2)),
      'CPU ms': Number(((used.user + used.system) / 1000 / CALLS).toFixed(2)),
      statements: Number((statements / CALLS).toFixed(1)),
    });
  };
  await time('select 1 (one round trip, no work)', () => sql`select 1`.execute(db));
  await time('session lookup (findSession)', () => directory.findSession(token, new Date()));
  await time('board: page of 60 and totals (list)', () => store.list(actor, query));
  await time('board: page of 60 alone (page)', () => store.page(actor, query));
  await time('present 60 accounts + JSON', async () =>
    JSON.stringify({ items: page.items.map((record) => presentAccount(record, today, consoleUrlFor)) }),
  );
  await time('summary', () => store.summary(actor, today));
  console.log(`${temporary.location.kind}, ${CALLS} calls a phase; load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.table(rows);
  await database.close();
} finally {
  await temporary.dispose();
}
