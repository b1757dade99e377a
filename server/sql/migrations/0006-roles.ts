import { sql, type Kysely } from 'kysely';

/**
 * Roles and what each sees (src/domain/permissions.ts): a role per staff
 * member (everyone before this migration was an Admin), when they were
 * deactivated, which accounts are assigned to whom, and who converted a trial
 * to paid (Sales sees the paid accounts it converted; earlier ones are null).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table staff_users add column role text not null default 'admin'
      check (role in ('admin', 'sales', 'technician'))`,
    sql`alter table staff_users add column deactivated_at timestamptz`,
    // New staff are given a role explicitly; the default only brought existing staff in as Admins.
    sql`alter table staff_users alter column role drop default`,

    // The staff member (staff_users.id) whose upgrade made the account paid.
    sql`alter table accounts add column converted_by text`,
    sql`create index accounts_converted_by on accounts (msp_id, converted_by) where converted_by is not null`,

    // A technician sees the accounts assigned to them. Per MSP, like every account row.
    sql`create table account_assignments (
      msp_id text not null references msps (id),
      staff_user_id bigint not null references staff_users (id) on delete cascade,
      account_number text not null,
      assigned_at timestamptz not null default now(),
      primary key (msp_id, staff_user_id, account_number)
    )`,
    sql`create index account_assignments_account on account_assignments (msp_id, account_number)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists account_assignments`.execute(db);
  await sql`drop index if exists accounts_converted_by`.execute(db);
  await sql`alter table accounts drop column if exists converted_by`.execute(db);
  await sql`alter table staff_users drop column if exists deactivated_at`.execute(db);
  await sql`alter table staff_users drop column if exists role`.execute(db);
}
