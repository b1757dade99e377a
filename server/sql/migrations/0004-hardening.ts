import { sql, type Kysely } from 'kysely';

/**
 * The live server's defences kept in the database, so that they hold across
 * every server process on one database: idle sessions, sign-in failures,
 * account numbers ever issued, single-use "Open account" tokens and a small
 * audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Idle timeout: a session unused for two hours ends, whatever its absolute expiry.
    sql`alter table sessions add column last_seen_at timestamptz not null default now()`,

    // One row a failed sign-in: counted per (email, client), per email and per client over a window.
    sql`create table sign_in_failures (
      id bigserial primary key,
      email_key text not null,
      client text not null,
      at timestamptz not null
    )`,
    sql`create index sign_in_failures_email on sign_in_failures (email_key, at)`,
    sql`create index sign_in_failures_client on sign_in_failures (client, at)`,

    // Every account number ever issued, kept after the account is deleted, so none is issued twice.
    sql`create table issued_account_numbers (
      account_number text primary key,
      msp_id text not null,
      issued_at timestamptz not null default now()
    )`,
    sql`insert into issued_account_numbers (account_number, msp_id) select account_number, msp_id from accounts`,

    // "Open account": the hash of a short-lived token, used once.
    sql`create table open_account_tokens (
      token_hash text primary key,
      msp_id text not null,
      staff_email text not null,
      account_number text not null,
      expires_at timestamptz not null,
      used_at timestamptz
    )`,
    sql`create index open_account_tokens_expiry on open_account_tokens (expires_at)`,

    sql`create table audit_events (
      id bigserial primary key,
      msp_id text not null,
      at timestamptz not null,
      actor text not null,
      action text not null,
      details jsonb not null
    )`,
    sql`create index audit_events_msp on audit_events (msp_id, at desc, id desc)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_events', 'open_account_tokens', 'issued_account_numbers', 'sign_in_failures'])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  await sql`alter table sessions drop column if exists last_seen_at`.execute(db);
}
