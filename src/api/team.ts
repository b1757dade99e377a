import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { Role } from '../domain/permissions';
import { auditEventsSchema } from './contract';
import { apiRequest } from './client';
import { sessionSchema } from './session-contract';
import {
  createdInviteSchema,
  invitationSchema,
  ownSessionsSchema,
  setupStateSchema,
  staffMemberSchema,
  teamSchema,
  type AcceptInviteBody,
  type ChangePasswordBody,
  type InviteBody,
  type SetupBody,
} from './team-contract';

export const teamKeys = {
  team: ['team'] as const,
  invitation: (token: string) => ['invitation', token] as const,
  ownSessions: ['own-sessions'] as const,
  setup: ['setup'] as const,
  staffEvents: ['audit-events', 'staff'] as const,
};

export function teamQueryOptions() {
  return queryOptions({
    queryKey: teamKeys.team,
    queryFn: ({ signal }) => apiRequest('/team', { schema: teamSchema, signal }),
  });
}

export const inviteStaff = (body: InviteBody) =>
  apiRequest('/team/invites', { method: 'POST', body, schema: createdInviteSchema });
export const revokeInvite = (id: string) =>
  apiRequest(`/team/invites/${encodeURIComponent(id)}`, { method: 'DELETE', schema: z.null() });
export const changeRole = (id: string, role: Role) =>
  apiRequest(`/team/staff/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role }, schema: staffMemberSchema });
export const deactivateStaff = (id: string) =>
  apiRequest(`/team/staff/${encodeURIComponent(id)}/deactivate`, { method: 'POST', schema: staffMemberSchema });

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: teamKeys.invitation(token),
    queryFn: ({ signal }) => apiRequest(`/invites/${encodeURIComponent(token)}`, { schema: invitationSchema, signal }),
    staleTime: Infinity,
  });
}

export const acceptInvite = (token: string, body: AcceptInviteBody) =>
  apiRequest(`/invites/${encodeURIComponent(token)}/accept`, { method: 'POST', body, schema: sessionSchema });

export function ownSessionsQueryOptions() {
  return queryOptions({
    queryKey: teamKeys.ownSessions,
    queryFn: ({ signal }) => apiRequest('/sessions', { schema: ownSessionsSchema, signal }),
  });
}

export const endOwnSession = (id: string) =>
  apiRequest(`/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', schema: z.null() });
export const changePassword = (body: ChangePasswordBody) =>
  apiRequest('/session/password', { method: 'POST', body, schema: z.null() });

export function setupQueryOptions() {
  return queryOptions({
    queryKey: teamKeys.setup,
    queryFn: ({ signal }) => apiRequest('/setup', { schema: setupStateSchema, signal }),
    staleTime: 0,
  });
}

export const completeSetup = (body: SetupBody) =>
  apiRequest('/setup', { method: 'POST', body, schema: setupStateSchema });

export function staffEventsQueryOptions() {
  return queryOptions({
    queryKey: teamKeys.staffEvents,
    queryFn: ({ signal }) =>
      apiRequest('/audit-events', { query: { kind: 'staff', limit: 200 }, schema: auditEventsSchema, signal }),
  });
}
