import { sql, type Kysely } from 'kysely';
import type { AccountRecord, NewHistoryEntry } from '../store/account-record';
import { historyRow, rowFromRecord } from '../sql/account-rows';
import type { Database } from '../sql/schema';

/** 21 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters a statement. */
const BATCH = 1_000;

/**
 * Puts generated accounts in as they are (numbers included), skipping any
 * whose email is already taken, and records their numbers as issued.
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
  // Their numbers count as issued: none is given to a new account, now or after they are deleted.
  await sql`insert into issued_account_numbers (account_number, msp_id)
    select account_number, msp_id from accounts on conflict do nothing`.execute(db);
  return inserted;
}

/** Puts sample accounts' past history in (see mocks/account-past.ts), in batches well under the parameter limit. */
export async function insertHistory(
  db: Kysely<Database>,
  records: readonly AccountRecord[],
  pastOf: (record: AccountRecord) => NewHistoryEntry[],
): Promise<void> {
  const rows = records.flatMap((record) => pastOf(record).map((entry) => historyRow(record, entry)));
  for (let start = 0; start < rows.length; start += BATCH)
    await db
      .insertInto('account_history')
      .values(rows.slice(start, start + BATCH))
      .execute();
}
