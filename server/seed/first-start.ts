import { sql, type Kysely } from 'kysely';
import { dayOf } from '../../src/domain/calendar';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { generatePassword } from '../auth/password';
import { StaffDirectory } from '../auth/staff-directory';
import type { Database } from '../sql/schema';
import type { AccountRecord } from '../store/account-record';
import { accountPast } from '../../mocks/account-past';
import { insertAccounts, insertHistory } from './insert-accounts';

export interface SeededStaff {
  mspName: string;
  email: string;
  password: string;
}

const DEMO_MSPS = [
  {
    id: 'northwind-it',
    name: 'Northwind IT Services',
    email: 'alex@northwind-it.example',
    staff: 'Alex Morgan',
    seed: 42,
  },
  {
    id: 'bluebird-msp',
    name: 'Bluebird Managed Services',
    email: 'sam@bluebird-msp.example',
    staff: 'Sam Rivera',
    seed: 7,
  },
];
const ACCOUNTS_EACH = 60;
/** Any number will do; it only has to be the same for every server that starts at once. */
const SEED_LOCK = 4_242_001;

/**
 * The generator spreads today's accounts over the whole day; early in the
 * day some would be created in the future and stay ahead of every account
 * added after them on the newest-first boards. Those are moved back to just
 * before now, keeping their order.
 */
function notLaterThan(record: AccountRecord, now: Date, position: number): AccountRecord {
  if (record.createdAt <= now.toISOString()) return record;
  return { ...record, createdAt: new Date(now.getTime() - (ACCOUNTS_EACH - position) * 1000).toISOString() };
}

/**
 * On the very first start (no MSP yet) two demo MSPs, each with a staff
 * member and a realistic fleet. Returns their sign-in details so they can be
 * printed once; on every later start, null. The lock keeps two servers that
 * start together on one new database from both seeding it.
 */
export async function seedOnFirstStart(db: Kysely<Database>, now: Date): Promise<SeededStaff[] | null> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const existing = await trx.selectFrom('msps').select('id').limit(1).executeTakeFirst();
    if (existing) return null;

    const directory = new StaffDirectory(trx);
    const seeded: SeededStaff[] = [];
    for (const [index, msp] of DEMO_MSPS.entries()) {
      const password = generatePassword();
      await directory.createStaff({ mspId: msp.id, mspName: msp.name, email: msp.email, name: msp.staff, password });
      const fleet = generateDemoFleet({
        seed: msp.seed,
        size: ACCOUNTS_EACH,
        today: dayOf(now),
        mspId: msp.id,
        firstNumber: 100_001 + index * ACCOUNTS_EACH,
      });
      const accounts = fleet.map((record, position) => notLaterThan(record, now, position));
      await insertAccounts(trx, accounts);
      // Their past, as the demo shows it: created, upgraded, renewed, seats changed, by this staff member.
      await insertHistory(trx, accounts, (record) => accountPast(record, dayOf(now), msp.email));
      seeded.push({ mspName: msp.name, email: msp.email, password });
    }
    return seeded;
  });
}
