import type { StaffTeam, TeamRef } from '../../src/api/teams-contract';
import { teamNameKey } from '../../src/domain/team-name';
import type { Scope, StaffSummary } from './account-record';
import type { TeamAssignResult, TeamResult } from './team-records';

/**
 * A change to the teams, as the memory store saves and replays it (the demo
 * keeps these in its change batches, so teams survive a reload and reach the
 * other tabs). `name: null` deletes the team.
 */
export type TeamEvent =
  | { kind: 'team'; mspId: string; teamId: string; name: string | null }
  | { kind: 'member'; mspId: string; teamId: string; staffId: string; member: boolean }
  | { kind: 'account'; mspId: string; teamId: string; accountNumber: string; assigned: boolean };

interface MemoryTeam {
  mspId: string;
  id: string;
  name: string;
  members: Set<string>;
  accounts: Set<string>;
}

/** What the teams need of the store that holds them. */
export interface TeamHost {
  /** The MSP's active staff, by name. */
  staff(scope: Scope): Promise<StaffSummary[]>;
  /** Whether the scope sees the account (the teams never widen the scope they are asked in). */
  sees(scope: Scope, accountNumber: string): boolean;
  /** Whether the account exists (a removed account's assignments are not counted). */
  exists(accountNumber: string): boolean;
  /** Called with every change, for the store's onWrite. */
  saved(events: TeamEvent[]): void;
}

/** The teams of the memory store (server/store/memory-store.ts): the demo's and the tests'. */
export class MemoryTeams {
  private byId = new Map<string, MemoryTeam>();

  constructor(private readonly host: TeamHost) {}

  /** Put changes in as they are, without saving them (restoring, another tab's writes). */
  load(events: Iterable<TeamEvent>): void {
    for (const event of events) {
      const team = this.byId.get(event.teamId);
      if (event.kind === 'team') {
        if (event.name === null) this.byId.delete(event.teamId);
        else if (team) team.name = event.name;
        else
          this.byId.set(event.teamId, {
            mspId: event.mspId,
            id: event.teamId,
            name: event.name,
            members: new Set(),
            accounts: new Set(),
          });
      } else if (!team || team.mspId !== event.mspId) continue;
      else if (event.kind === 'member') {
        if (event.member) team.members.add(event.staffId);
        else team.members.delete(event.staffId);
      } else if (event.assigned) team.accounts.add(event.accountNumber);
      else team.accounts.delete(event.accountNumber);
    }
  }

  /** Whether one of the staff member's teams has the account: the scope's part the teams add. */
  reaches(mspId: string, staffId: string, accountNumber: string): boolean {
    for (const team of this.byId.values())
      if (team.mspId === mspId && team.members.has(staffId) && team.accounts.has(accountNumber)) return true;
    return false;
  }

  private write(events: TeamEvent[]): void {
    if (events.length === 0) return;
    this.load(events);
    this.host.saved(events);
  }

  private find(scope: Scope, teamId: string): MemoryTeam | null {
    const team = this.byId.get(teamId);
    return team && team.mspId === scope.mspId ? team : null;
  }

  private nameTaken(scope: Scope, name: string, except?: string): boolean {
    const key = teamNameKey(name);
    for (const team of this.byId.values())
      if (team.mspId === scope.mspId && team.id !== except && teamNameKey(team.name) === key) return true;
    return false;
  }

  private async view(scope: Scope, team: MemoryTeam): Promise<StaffTeam> {
    const staff = await this.host.staff(scope);
    let accountCount = 0;
    for (const accountNumber of team.accounts) if (this.host.exists(accountNumber)) accountCount += 1;
    return {
      id: team.id,
      name: team.name,
      members: staff.filter((member) => team.members.has(member.id)),
      accountCount,
    };
  }

  async teams(scope: Scope): Promise<StaffTeam[]> {
    const mine = [...this.byId.values()].filter((team) => team.mspId === scope.mspId);
    mine.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    return Promise.all(mine.map((team) => this.view(scope, team)));
  }

  async create(scope: Scope, name: string): Promise<TeamResult> {
    if (this.nameTaken(scope, name)) return { ok: false, reason: 'name-taken' };
    const teamId = `team-${crypto.randomUUID()}`;
    this.write([{ kind: 'team', mspId: scope.mspId, teamId, name }]);
    return { ok: true, team: await this.view(scope, this.byId.get(teamId)!) };
  }

  async rename(scope: Scope, teamId: string, name: string): Promise<TeamResult> {
    const team = this.find(scope, teamId);
    if (!team) return { ok: false, reason: 'no-such-team' };
    if (this.nameTaken(scope, name, teamId)) return { ok: false, reason: 'name-taken' };
    if (team.name !== name) this.write([{ kind: 'team', mspId: scope.mspId, teamId, name }]);
    return { ok: true, team: await this.view(scope, team) };
  }

  async delete(scope: Scope, teamId: string): Promise<TeamResult> {
    const team = this.find(scope, teamId);
    if (!team) return { ok: false, reason: 'no-such-team' };
    const before = await this.view(scope, team);
    this.write([{ kind: 'team', mspId: scope.mspId, teamId, name: null }]);
    return { ok: true, team: before };
  }

  async setMember(scope: Scope, teamId: string, staffId: string, member: boolean): Promise<TeamResult> {
    const team = this.find(scope, teamId);
    if (!team) return { ok: false, reason: 'no-such-team' };
    if (!(await this.host.staff(scope)).some((one) => one.id === staffId))
      return { ok: false, reason: 'no-such-staff' };
    if (team.members.has(staffId) !== member)
      this.write([{ kind: 'member', mspId: scope.mspId, teamId, staffId, member }]);
    return { ok: true, team: await this.view(scope, team) };
  }

  async teamsOf(scope: Scope, accountNumber: string): Promise<TeamRef[] | null> {
    if (!this.host.sees(scope, accountNumber)) return null;
    return (await this.teams(scope))
      .filter((team) => this.byId.get(team.id)!.accounts.has(accountNumber))
      .map(({ id, name }) => ({ id, name }));
  }

  async setAssignment(
    scope: Scope,
    teamId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<TeamAssignResult> {
    const team = this.find(scope, teamId);
    if (!team) return { ok: false, reason: 'no-such-team' };
    const changed: string[] = [];
    const notFound: string[] = [];
    for (const accountNumber of new Set(accountNumbers)) {
      if (!this.host.sees(scope, accountNumber)) notFound.push(accountNumber);
      else if (team.accounts.has(accountNumber) !== assigned) changed.push(accountNumber);
    }
    this.write(
      changed.map((accountNumber) => ({ kind: 'account', mspId: scope.mspId, teamId, accountNumber, assigned })),
    );
    return { ok: true, changed, notFound };
  }
}
