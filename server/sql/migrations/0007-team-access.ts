import { sql, type Kysely } from 'kysely';

/**
 * Staff administration: invitations and sessions a staff member can see and
 * end. An invite is a record (who, which role, by whom, until when) holding
 * only the SHA-256 of its link's token, so a mailer can later send the link
 * from the record and a copy of the table lets nobody in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table staff_invites (
      id text primary key default gen_random_uuid()::text,
      msp_id text not null references msps (id),
      email text not null,
      email_key text not null,
      role text not null check (role in ('admin', 'sales', 'technician')),
      token_hash text not null unique,
      invited_by text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz
    )`,
    sql`create index staff_invites_msp on staff_invites (msp_id, created_at desc)`,
    // One open invite per address: inviting again replaces it (the old link stops working).
    sql`create unique index staff_invites_open on staff_invites (email_key)
      where accepted_at is null and revoked_at is null`,

    // A session the staff member can name and end: an id that is not the token's hash, the device it came from.
    sql`alter table sessions add column id text not null default gen_random_uuid()::text`,
    sql`create unique index sessions_id on sessions (id)`,
    sql`alter table sessions add column user_agent text`,
    sql`alter table sessions add column client text`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists staff_invites`.execute(db);
  for (const column of ['client', 'user_agent', 'id'])
    await sql`alter table sessions drop column if exists ${sql.ref(column)}`.execute(db);
}
