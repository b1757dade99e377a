import { sql, type Kysely } from 'kysely';

/**
 * Activity's filters and the staff members' alerts.
 *
 * Activity pages newest first by (at, id) under every filter, so each filter
 * has an index that starts with (msp_id, <filter>) and ends in that order:
 * by action, and by actor (folded to lower case, as the filter compares it).
 * An account's entries already have account_history_account (0001) and a
 * date range's page is a range scan of account_history_fleet. charge_cents is
 * included so the total charged under a filter is read from the index alone;
 * account_history_charged does the same for a date range's total.
 *
 * staff_alert_state holds, per staff member, whether the daily digest is on
 * and when they last read it: what a mailer would need to send the same digest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create index account_history_action on account_history (msp_id, action, at desc, id desc)
      include (charge_cents)`,
    // actor itself is included too: PostgreSQL reads an expression index alone only when it holds the column.
    sql`create index account_history_actor on account_history (msp_id, lower(actor), at desc, id desc)
      include (actor, charge_cents)`,
    sql`create index account_history_charged on account_history (msp_id, at) include (charge_cents)`,
    sql`create table staff_alert_state (
      msp_id text not null references msps (id),
      staff_email text not null,
      digest boolean not null default false,
      last_read_at timestamptz,
      primary key (msp_id, staff_email)
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists staff_alert_state`.execute(db);
  await sql`drop index if exists account_history_charged`.execute(db);
  await sql`drop index if exists account_history_actor`.execute(db);
  await sql`drop index if exists account_history_action`.execute(db);
}
