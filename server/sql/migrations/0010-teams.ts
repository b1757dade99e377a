import { sql, type Kysely } from 'kysely';

/**
 * Teams of staff (a technician sees the accounts assigned to them or to a
 * team they are in), and the flag that rotates a session's id at its next
 * request after the staff member's role changed. Every table is per MSP,
 * like every account row; the indexes are the ones the scope needs so
 * that it stays index lookups (a staff member's teams, a team's accounts)
 * and so that an account's teams are found without a scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table teams (
      msp_id text not null references msps (id),
      id text not null default gen_random_uuid()::text,
      name text not null check (length(name) between 1 and 80),
      created_at timestamptz not null default now(),
      primary key (msp_id, id)
    )`,
    // One name per MSP, case aside (src/domain/team-name.ts folds the same way).
    sql`create unique index teams_name on teams (msp_id, lower(name))`,
    sql`create table team_members (
      msp_id text not null,
      team_id text not null,
      staff_user_id bigint not null references staff_users (id) on delete cascade,
      added_at timestamptz not null default now(),
      primary key (msp_id, team_id, staff_user_id),
      foreign key (msp_id, team_id) references teams (msp_id, id) on delete cascade
    )`,
    sql`create index team_members_staff on team_members (msp_id, staff_user_id, team_id)`,
    sql`create table team_account_assignments (
      msp_id text not null,
      team_id text not null,
      account_number text not null,
      assigned_at timestamptz not null default now(),
      primary key (msp_id, team_id, account_number),
      foreign key (msp_id, team_id) references teams (msp_id, id) on delete cascade
    )`,
    sql`create index team_account_assignments_account on team_account_assignments (msp_id, account_number, team_id)`,

    // Set on every session of a staff member whose role changed: the next request swaps the id (server/auth).
    sql`alter table sessions add column rotate_pending boolean not null default false`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sessions drop column if exists rotate_pending`.execute(db);
  await sql`drop table if exists team_account_assignments`.execute(db);
  await sql`drop table if exists team_members`.execute(db);
  await sql`drop table if exists teams`.execute(db);
}
