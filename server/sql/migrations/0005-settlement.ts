import { sql, type Kysely } from 'kysely';

/**
 * The last day the settler has brought every account up to, one row. Each
 * day is settled once, in order, whichever process does it, so a trial
 * running out is recorded once (server/app/settle-due.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table settlement (
    id int primary key default 1 check (id = 1),
    settled_through date not null
  )`.execute(db);
  // Finds the trials that ran out on a day (trial_ends_at = the day before) without reading the table.
  await sql`create index accounts_trial_ends on accounts (trial_ends_at) where plan = 'trial'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index accounts_trial_ends`.execute(db);
  await sql`drop table settlement`.execute(db);
}
