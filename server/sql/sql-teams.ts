import { sql, type Kysely, type Transaction } from 'kysely';
import type { StaffTeam, TeamRef } from '../../src/api/teams-contract';
import type { Scope, StaffSummary } from '../store/account-record';
import type { TeamAssignResult, TeamRecords, TeamResult } from '../store/team-records';
import type { Database } from './schema';
import { isStaffUserId, scoped } from './scoped';

type Db = Kysely<Database> | Transaction<Database>;

/** The teams with their active members and assignment counts; only `ids` when given. */
async function views(db: Db, scope: Scope, ids?: readonly string[]): Promise<StaffTeam[]> {
  if (ids?.length === 0) return [];
  let teams = scoped.teams(db, scope).select(['teams.id', 'teams.name']);
  let members = scoped
    .teamMembers(db, scope)
    .innerJoin('staff_users', 'staff_users.id', 'team_members.staff_user_id')
    .where('staff_users.deactivated_at', 'is', null)
    .select([
      'team_members.team_id as teamId',
      'staff_users.id as id',
      'staff_users.email as email',
      'staff_users.name as name',
      'staff_users.role as role',
    ]);
  let counts = scoped
    .teamAssignments(db, scope)
    .select(['team_account_assignments.team_id as teamId', sql<number>`count(*)::int`.as('count')])
    .groupBy('team_account_assignments.team_id');
  if (ids) {
    teams = teams.where('teams.id', 'in', ids);
    members = members.where('team_members.team_id', 'in', ids);
    counts = counts.where('team_account_assignments.team_id', 'in', ids);
  }
  const [teamRows, memberRows, countRows] = await Promise.all([
    teams
      .orderBy(sql`lower(teams.name)`)
      .orderBy('teams.id')
      .execute(),
    members
      .orderBy(sql`coalesce(staff_users.name, staff_users.email)`)
      .orderBy('staff_users.id')
      .execute(),
    counts.execute(),
  ]);
  return teamRows.map((team) => ({
    id: team.id,
    name: team.name,
    members: memberRows
      .filter((member) => member.teamId === team.id)
      .map(({ teamId: _teamId, ...member }): StaffSummary => ({ ...member, id: String(member.id) })),
    accountCount: countRows.find((row) => row.teamId === team.id)?.count ?? 0,
  }));
}

/**
 * The teams over the database (part of SqlStore). Changes to a team's name
 * take the MSP row's lock, so two Admins naming two teams alike cannot both
 * win; the unique index on (msp_id, lower(name)) holds it anyway.
 */
export class SqlTeams implements TeamRecords {
  constructor(private readonly db: Kysely<Database>) {}

  teams(scope: Scope): Promise<StaffTeam[]> {
    return views(this.db, scope);
  }

  private async nameTaken(trx: Db, scope: Scope, name: string, except?: string): Promise<boolean> {
    await sql`select id from msps where id = ${scope.mspId} for update`.execute(trx);
    let query = scoped
      .teams(trx, scope)
      .select('teams.id')
      .where(sql<boolean>`lower(teams.name) = lower(${name})`);
    if (except) query = query.where('teams.id', '!=', except);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async createTeam(scope: Scope, name: string): Promise<TeamResult> {
    return this.db.transaction().execute(async (trx): Promise<TeamResult> => {
      if (await this.nameTaken(trx, scope, name)) return { ok: false, reason: 'name-taken' };
      const row = await trx
        .insertInto('teams')
        .values({ msp_id: scope.mspId, name })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { ok: true, team: (await views(trx, scope, [row.id]))[0]! };
    });
  }

  async renameTeam(scope: Scope, teamId: string, name: string): Promise<TeamResult> {
    return this.db.transaction().execute(async (trx): Promise<TeamResult> => {
      if (await this.nameTaken(trx, scope, name, teamId)) return { ok: false, reason: 'name-taken' };
      const row = await scoped
        .updateTeams(trx, scope)
        .set({ name })
        .where('teams.id', '=', teamId)
        .returning('id')
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'no-such-team' };
      return { ok: true, team: (await views(trx, scope, [row.id]))[0]! };
    });
  }

  async deleteTeam(scope: Scope, teamId: string): Promise<TeamResult> {
    return this.db.transaction().execute(async (trx): Promise<TeamResult> => {
      const before = (await views(trx, scope, [teamId]))[0];
      if (!before) return { ok: false, reason: 'no-such-team' };
      // Its memberships and assignments go with it (on delete cascade): its members lose those accounts now.
      await scoped.deleteTeams(trx, scope).where('teams.id', '=', teamId).execute();
      return { ok: true, team: before };
    });
  }

  async setTeamMember(scope: Scope, teamId: string, staffId: string, member: boolean): Promise<TeamResult> {
    return this.db.transaction().execute(async (trx): Promise<TeamResult> => {
      const team = await scoped.teams(trx, scope).select('teams.id').where('teams.id', '=', teamId).executeTakeFirst();
      if (!team) return { ok: false, reason: 'no-such-team' };
      if (!isStaffUserId(staffId)) return { ok: false, reason: 'no-such-staff' };
      const staff = await scoped.staff(trx, scope).select('id').where('id', '=', staffId).executeTakeFirst();
      if (!staff) return { ok: false, reason: 'no-such-staff' };
      if (member)
        await trx
          .insertInto('team_members')
          .values({ msp_id: scope.mspId, team_id: teamId, staff_user_id: staffId })
          .onConflict((conflict) => conflict.columns(['msp_id', 'team_id', 'staff_user_id']).doNothing())
          .execute();
      else
        await scoped
          .deleteTeamMembers(trx, scope)
          .where('team_members.team_id', '=', teamId)
          .where('team_members.staff_user_id', '=', staffId)
          .execute();
      return { ok: true, team: (await views(trx, scope, [teamId]))[0]! };
    });
  }

  async teamsOf(scope: Scope, accountNumber: string): Promise<TeamRef[] | null> {
    const seen = await scoped
      .accounts(this.db, scope)
      .select('accounts.account_number')
      .where('accounts.account_number', '=', accountNumber)
      .executeTakeFirst();
    if (!seen) return null;
    return scoped
      .teams(this.db, scope)
      .select(['teams.id', 'teams.name'])
      .where(
        'teams.id',
        'in',
        scoped
          .teamAssignments(this.db, scope)
          .select('team_account_assignments.team_id')
          .where('team_account_assignments.account_number', '=', accountNumber),
      )
      .orderBy(sql`lower(teams.name)`)
      .orderBy('teams.id')
      .execute();
  }

  async setTeamAssignment(
    scope: Scope,
    teamId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<TeamAssignResult> {
    return this.db.transaction().execute(async (trx): Promise<TeamAssignResult> => {
      const team = await scoped.teams(trx, scope).select('teams.id').where('teams.id', '=', teamId).executeTakeFirst();
      if (!team) return { ok: false, reason: 'no-such-team' };
      const wanted = [...new Set(accountNumbers)];
      const seen = new Set(
        wanted.length
          ? (
              await scoped
                .accounts(trx, scope)
                .select('accounts.account_number')
                .where('accounts.account_number', 'in', wanted)
                .execute()
            ).map((row) => row.account_number)
          : [],
      );
      const visible = wanted.filter((accountNumber) => seen.has(accountNumber));
      const notFound = wanted.filter((accountNumber) => !seen.has(accountNumber));
      if (visible.length === 0) return { ok: true, changed: [], notFound };
      const rows = assigned
        ? await trx
            .insertInto('team_account_assignments')
            .values(
              visible.map((accountNumber) => ({ msp_id: scope.mspId, team_id: teamId, account_number: accountNumber })),
            )
            .onConflict((conflict) => conflict.columns(['msp_id', 'team_id', 'account_number']).doNothing())
            .returning('account_number')
            .execute()
        : await scoped
            .deleteTeamAssignments(trx, scope)
            .where('team_account_assignments.team_id', '=', teamId)
            .where('team_account_assignments.account_number', 'in', visible)
            .returning('account_number')
            .execute();
      const changed = new Set(rows.map((row) => row.account_number));
      return { ok: true, changed: visible.filter((accountNumber) => changed.has(accountNumber)), notFound };
    });
  }
}
