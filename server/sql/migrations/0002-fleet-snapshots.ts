import { sql, type Kysely } from 'kysely';

/**
 * Insights: one row of fleet figures per MSP per day, written by the daily
 * settle (the primary key makes a second writer of the same day a no-op), and
 * the indexes the pipeline and the creation-month cohorts read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table fleet_snapshots (
      msp_id text not null references msps (id),
      day date not null,
      active_users bigint not null,
      paid_accounts integer not null,
      seats bigint not null,
      mrr_cents bigint not null,
      trials_active integer not null,
      trials_expired integer not null,
      over_seats integer not null,
      primary key (msp_id, day)
    )`,
    // The trial pipeline: one MSP's active trials by end day, with the day they were created.
    sql`create index accounts_trial_pipeline on accounts (msp_id, trial_ends_at) include (created_at)
      where plan = 'trial'`,
    // Cohorts: one MSP's accounts by creation time, and whether each became paid.
    sql`create index accounts_cohorts on accounts (msp_id, created_at) include (billing_anchor)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists accounts_cohorts`.execute(db);
  await sql`drop index if exists accounts_trial_pipeline`.execute(db);
  await sql`drop table if exists fleet_snapshots`.execute(db);
}
