import { sql, type Kysely } from 'kysely';
import type { AccountRecord } from '../store/account-record';
import { rowFromRecord } from '../sql/account-rows';
import type { Database } from '../sql/schema';

/** 21 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters a statement. */
const BATCH = 1_000;

/**
 * Puts generated accounts in as they are (numbers included), skipping any
 * whose email is already taken, then moves the number sequence past them so
 * the next account created gets a fresh number.
 */
export async function insertAccounts(db: Kysely<Database>, records: readonly AccountRecord[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < records.length; start += BATCH) {
    const rows = records
      .slice(start, start + BATCH)
      .map((record) => ({ ...rowFromRecord(record), account_number: record.accountNumber }));
    const result = await db
      .insertInto('accounts')
      .values(rows)
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  await sql`select setval('account_number_seq', max(substr(account_number, 4)::bigint))
    from accounts having max(substr(account_number, 4)::bigint) >= 100001`.execute(db);
  return inserted;
}
