import { sql, type Kysely } from 'kysely';

/**
 * History keeps the day a change time brought took effect as a field of its
 * own, so the console shows it as that calendar day in every time zone
 * instead of reading it off a midnight-UTC instant. Entries the settler wrote
 * before this column (actor "system", stamped at midnight UTC) get their day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account_history add column effective_on date`.execute(db);
  await sql`update account_history set effective_on = (at at time zone 'UTC')::date
    where actor = 'system' and (at at time zone 'UTC')::time = '00:00'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account_history drop column effective_on`.execute(db);
}
