import { sql, type Kysely } from 'kysely';

/**
 * Tenants, their staff and sessions, the accounts and their history. Every
 * listing the API makes has an index that serves it in order, so a page
 * reads only the rows it returns and a total reads one MSP's index entries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table msps (
      id text primary key,
      name text not null,
      created_at timestamptz not null default now()
    )`,
    sql`create table staff_users (
      id bigserial primary key,
      msp_id text not null references msps (id),
      email text not null,
      email_key text not null unique,
      name text,
      password_hash text not null,
      created_at timestamptz not null default now()
    )`,
    sql`create table sessions (
      token_hash text primary key,
      staff_user_id bigint not null references staff_users (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`,
    sql`create index sessions_expiry on sessions (expires_at)`,
    sql`create index sessions_staff on sessions (staff_user_id)`,

    // Account numbers are issued by a sequence: concurrent creates never collide.
    sql`create sequence account_number_seq start with 100001 minvalue 100001`,
    sql`create table accounts (
      account_number text primary key,
      msp_id text not null references msps (id),
      organization_name text not null,
      email text not null,
      email_key text not null,
      plan text not null check (plan in ('trial', 'paid', 'cancelled', 'removed')),
      created_at timestamptz not null,
      trial_ends_at date,
      monitored_users integer not null check (monitored_users >= 0),
      seats integer,
      billing_anchor date,
      period_start date,
      renews_on date,
      pending_seats integer,
      cancels_on date,
      prorated_numerator bigint not null default 0,
      ended_on date,
      delete_after date,
      version integer not null
    )`,
    // An address in use anywhere is in use: unique across every MSP, enforced by the database.
    sql`create unique index accounts_email_key on accounts (email_key)`,
    // Board pages: one MSP's accounts of one plan, newest first.
    sql`create index accounts_board on accounts (msp_id, plan, created_at desc, account_number desc)`,
    // Board totals and the summary: an index-only pass over one MSP's entries.
    sql`create index accounts_status on accounts (msp_id, plan, trial_ends_at)
      include (monitored_users, seats, pending_seats, cancels_on)`,
    sql`create index accounts_ended on accounts (msp_id, delete_after, account_number)
      where plan in ('cancelled', 'removed')`,
    // The scheduler's questions: renewals and deletions due.
    sql`create index accounts_renewals on accounts (renews_on) where plan = 'paid'`,
    sql`create index accounts_deletions on accounts (delete_after) where delete_after is not null`,

    sql`create table account_history (
      id bigserial primary key,
      msp_id text not null,
      account_number text not null,
      organization_name text not null,
      at timestamptz not null,
      actor text not null,
      action text not null,
      summary text not null,
      before jsonb,
      after jsonb,
      charge_cents integer
    )`,
    sql`create index account_history_fleet on account_history (msp_id, at desc, id desc)`,
    sql`create index account_history_account on account_history (msp_id, account_number, at desc, id desc)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['account_history', 'accounts', 'sessions', 'staff_users', 'msps'])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  await sql`drop sequence if exists account_number_seq`.execute(db);
}
