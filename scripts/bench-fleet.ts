// The fleet the API benchmarks measure: 100,000 accounts over 20 MSPs, each MSP with one Admin
// (staff@bench-msp-<n>.example), statistics fresh as autovacuum would leave a long-running database.
import { sql } from 'kysely';
import { generateDemoFleet } from '../mocks/demo-fleet';
import { dayOf, type IsoDay } from '../src/domain/calendar';
import { StaffDirectory } from '../server/auth/staff-directory';
import { openDatabase, type DatabaseLocation } from '../server/sql/database';
import { migrateToLatest } from '../server/sql/migrate';
import { insertAccounts } from '../server/seed/insert-accounts';

export const MSPS = 20;
const ACCOUNTS_PER_MSP = 5_000;
export const BENCH_PASSWORD = 'bench-password-123';

/** The `index`th MSP's 5,000 accounts, numbered after the MSPs before it. */
export function mspFleet(index: number, mspId: string, today: IsoDay) {
  // Demo fleets reuse addresses between seeds; each MSP's get a tag of their own.
  return generateDemoFleet({
    seed: 1_000 + index,
    size: ACCOUNTS_PER_MSP,
    today,
    mspId,
    firstNumber: 100_001 + index * ACCOUNTS_PER_MSP,
  }).map((record) => {
    const email = record.email.replace('@', `.m${index + 1}@`);
    return { ...record, email, emailKey: email.toLowerCase() };
  });
}

export async function seed(location: DatabaseLocation): Promise<void> {
  const started = performance.now();
  const database = await openDatabase(location);
  await migrateToLatest(database.db);
  const directory = new StaffDirectory(database.db);
  const today = dayOf(new Date());
  for (let index = 0; index < MSPS; index += 1) {
    const mspId = `bench-msp-${index + 1}`;
    await directory.createStaff({
      mspId,
      mspName: `Bench MSP ${index + 1}`,
      email: `staff@${mspId}.example`,
      password: BENCH_PASSWORD,
    });
    await insertAccounts(database.db, mspFleet(index, mspId, today));
  }
  // Fresh statistics and visibility map, as autovacuum would leave a long-running database.
  await sql`vacuum analyze`.execute(database.db);
  const { count } = await database.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  await database.close();
  console.log(
    `Seeded ${Number(count).toLocaleString('en-US')} accounts over ${MSPS} MSPs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
