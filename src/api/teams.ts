import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { bulkAssignmentResultSchema } from './assignments-contract';
import { apiRequest } from './client';
import {
  accountTeamsSchema,
  staffTeamSchema,
  staffTeamsSchema,
  type AccountTeams,
  type BulkTeamAssignmentBody,
  type TeamBody,
} from './teams-contract';

export const teamsKeys = {
  all: ['teams'] as const,
  list: () => [...teamsKeys.all, 'list'] as const,
  account: (accountNumber: string) => [...teamsKeys.all, 'account', accountNumber] as const,
};

/** The MSP's teams with their members and account counts (Admins). */
export function teamsQueryOptions() {
  return queryOptions({
    queryKey: teamsKeys.list(),
    queryFn: ({ signal }) => apiRequest('/team/teams', { schema: staffTeamsSchema, signal }),
  });
}

/** The teams an account is assigned to. */
export function accountTeamsQueryOptions(accountNumber: string) {
  return queryOptions({
    queryKey: teamsKeys.account(accountNumber),
    queryFn: ({ signal }) =>
      apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/teams`, { schema: accountTeamsSchema, signal }),
  });
}

const teamPath = (id: string) => `/team/teams/${encodeURIComponent(id)}`;

export const createTeam = (body: TeamBody) =>
  apiRequest('/team/teams', { method: 'POST', body, schema: staffTeamSchema });
export const renameTeam = (id: string, body: TeamBody) =>
  apiRequest(teamPath(id), { method: 'PATCH', body, schema: staffTeamSchema });
export const deleteTeam = (id: string) => apiRequest(teamPath(id), { method: 'DELETE', schema: z.null() });
export const setTeamMember = (id: string, staffId: string, member: boolean) =>
  apiRequest(`${teamPath(id)}/members/${encodeURIComponent(staffId)}`, {
    method: member ? 'PUT' : 'DELETE',
    schema: staffTeamSchema,
  });

export function setAccountTeam(accountNumber: string, teamId: string, assigned: boolean): Promise<AccountTeams> {
  return apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/teams/${encodeURIComponent(teamId)}`, {
    method: assigned ? 'PUT' : 'DELETE',
    schema: accountTeamsSchema,
  });
}

/** Many accounts at once to a team, from a board's selection. */
export const assignAccountsToTeam = (body: BulkTeamAssignmentBody) =>
  apiRequest('/team-assignments', { method: 'POST', body, schema: bulkAssignmentResultSchema });
