import { sql, type Kysely } from 'kysely';
import { accountSearchText, foldSearchText } from '../../../src/domain/search-text';

const BACKFILL_BATCH = 1_000;

/**
 * Search, filters and sorts on the boards (GET /accounts?q=&sort=…).
 *
 * Search text is folded by the app (src/domain/search-text.ts) and stored:
 * PostgreSQL's unaccent() is not immutable, so it cannot be indexed, and one
 * fold function in JavaScript keeps the memory store and SQL in agreement.
 * A pg_trgm GIN index serves `search_text LIKE '%word%'` (PGlite ships
 * pg_trgm as a contrib extension, loaded in database.ts). Every sort has an
 * index that starts with (msp_id, plan) and ends with the account number
 * tiebreak, so a page under any sort is an index scan of the rows it shows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // In public, whatever the search_path: a database has one pg_trgm, shared by every schema in it.
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);
  const { rows } = await sql<{ schema: string }>`select n.nspname as schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const trigramOps = sql`${sql.id(rows[0]!.schema)}.gin_trgm_ops`;

  await sql`alter table accounts add column search_text text, add column name_key text collate "C"`.execute(db);
  await backfill(db);
  await sql`alter table accounts alter column search_text set not null, alter column name_key set not null`.execute(db);

  const statements = [
    sql`create index accounts_search on accounts using gin (search_text ${trigramOps})`,
    sql`create index accounts_by_name on accounts (msp_id, plan, name_key, account_number)`,
    sql`create index accounts_by_users on accounts (msp_id, plan, monitored_users desc, account_number desc)`,
    sql`create index accounts_by_trial_end on accounts (msp_id, plan, trial_ends_at, account_number)
      where plan = 'trial'`,
    sql`create index accounts_by_seats on accounts (msp_id, plan, coalesce(seats, 0) desc, account_number desc)
      where plan = 'paid'`,
    sql`create index accounts_by_next_charge on accounts
      (msp_id, plan, (case when cancels_on is null then coalesce(pending_seats, seats, 0) else 0 end) desc,
       account_number desc)
      where plan = 'paid'`,
    // The paid board's attention filters: small partial indexes, one MSP's few matching rows each.
    sql`create index accounts_over_seats on accounts (msp_id, created_at desc, account_number desc)
      where plan = 'paid' and monitored_users > coalesce(seats, 0)`,
    sql`create index accounts_pending_decrease on accounts (msp_id, created_at desc, account_number desc)
      where plan = 'paid' and pending_seats is not null`,
    sql`create index accounts_cancelling on accounts (msp_id, created_at desc, account_number desc)
      where plan = 'paid' and cancels_on is not null`,
  ];
  for (const statement of statements) await statement.execute(db);
}

/** Accounts made before this migration get their search columns from the same fold the app writes with. */
async function backfill(db: Kysely<unknown>): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ account_number: string; organization_name: string; email: string }>`
      select account_number, organization_name, email from accounts where search_text is null
      limit ${BACKFILL_BATCH}`.execute(db);
    if (rows.length === 0) return;
    const values = rows.map(
      (row) =>
        sql`(${row.account_number}, ${accountSearchText({
          organizationName: row.organization_name,
          email: row.email,
          accountNumber: row.account_number,
        })}, ${foldSearchText(row.organization_name)})`,
    );
    await sql`update accounts set search_text = v.search_text, name_key = v.name_key
      from (values ${sql.join(values)}) as v (account_number, search_text, name_key)
      where accounts.account_number = v.account_number`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'accounts_search',
    'accounts_by_name',
    'accounts_by_users',
    'accounts_by_trial_end',
    'accounts_by_seats',
    'accounts_by_next_charge',
    'accounts_over_seats',
    'accounts_pending_decrease',
    'accounts_cancelling',
  ])
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  await sql`alter table accounts drop column if exists search_text, drop column if exists name_key`.execute(db);
}
