import type { StaffTeam, TeamRef } from '../../src/api/teams-contract';
import type { AssignResult, Scope } from './account-record';

/** A change to a team: the team as it is after it (as it was, for a deletion), or why not. */
export type TeamResult =
  { ok: true; team: StaffTeam } | { ok: false; reason: 'no-such-team' | 'name-taken' | 'no-such-staff' };

export type TeamAssignResult = AssignResult | { ok: false; reason: 'no-such-team' };

/**
 * Teams of staff, part of the account store because a technician's scope
 * reads them: an account assigned to a team is seen by every member of it
 * (besides the accounts assigned to them directly). Every method is confined
 * to `scope.mspId`; a team of another MSP is no team.
 */
export interface TeamRecords {
  /** The MSP's teams by name, with their active members and how many accounts are assigned to each. */
  teams(scope: Scope): Promise<StaffTeam[]>;
  createTeam(scope: Scope, name: string): Promise<TeamResult>;
  renameTeam(scope: Scope, teamId: string, name: string): Promise<TeamResult>;
  /** Deletes the team, its memberships and its assignments: its members lose those accounts at once. */
  deleteTeam(scope: Scope, teamId: string): Promise<TeamResult>;
  /** Adds (or, with `member` false, removes) an active staff member of the MSP. */
  setTeamMember(scope: Scope, teamId: string, staffId: string, member: boolean): Promise<TeamResult>;
  /** The teams the account is assigned to, or null when the scope does not see the account. */
  teamsOf(scope: Scope, accountNumber: string): Promise<TeamRef[] | null>;
  /** Like setAssignment, for a team: numbers the scope does not see are notFound and left alone. */
  setTeamAssignment(
    scope: Scope,
    teamId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<TeamAssignResult>;
}
