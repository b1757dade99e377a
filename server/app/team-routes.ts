import { Hono } from 'hono';
import {
  changeRoleBodySchema,
  inviteBodySchema,
  type CreatedInvite,
  type StaffMember,
  type Team,
} from '../../src/api/team-contract';
import { normalizeEmail } from '../../src/domain/email';
import { roleLabels } from '../../src/domain/permissions';
import { INVITE_HOURS, LAST_ADMIN_REFUSAL } from '../../src/domain/staff-rules';
import type { ApiEnv } from './create-api-app';
import { hashInviteToken, invitePath, newInviteToken } from './invite-token';
import { ProblemError } from './problem';
import { readJson } from './read-json';
import type { StaffChange } from './team-store';

/** An id in the path is short plain text, or it names nobody (404 before any lookup). */
const ID = /^[\w-]{1,64}$/;

function notFound(what: 'staff member' | 'invite'): ProblemError {
  return new ProblemError(404, what === 'invite' ? 'Invite not found' : 'Staff member not found', {
    detail:
      what === 'invite' ? 'It was revoked, accepted or has expired.' : 'There is no such staff member in your MSP.',
  });
}

function changed(result: StaffChange): { before: StaffMember; after: StaffMember } {
  if (result.ok) return result;
  if (result.reason === 'last-admin')
    throw new ProblemError(409, 'The last Admin stays', { detail: LAST_ADMIN_REFUSAL });
  if (result.reason === 'deactivated')
    throw new ProblemError(409, 'This staff member is deactivated', {
      detail: 'A deactivated staff member keeps their history but cannot be changed; invite them again instead.',
    });
  throw notFound('staff member');
}

/**
 * The Team page's API (Admins: "manage-staff" in server/app/route-permissions.ts):
 * staff and open invites, inviting with a role, revoking, changing a role,
 * deactivating. Every change goes to the MSP's audit log.
 */
export const teamRoutes = new Hono<ApiEnv>();

teamRoutes.use('/team/staff/:id/*', async (c, next) => {
  if (!ID.test(c.req.param('id') ?? '')) throw notFound('staff member');
  await next();
});
teamRoutes.use('/team/staff/:id', async (c, next) => {
  if (!ID.test(c.req.param('id') ?? '')) throw notFound('staff member');
  await next();
});
teamRoutes.use('/team/invites/:id', async (c, next) => {
  if (!ID.test(c.req.param('id') ?? '')) throw notFound('invite');
  await next();
});

teamRoutes.get('/team', async (c) => {
  const body: Team = await c.var.team.team(c.var.actor, c.var.clock());
  return c.json(body);
});

teamRoutes.post('/team/invites', async (c) => {
  const { email, role } = await readJson(c, inviteBodySchema);
  const now = c.var.clock();
  const token = newInviteToken();
  const result = await c.var.team.invite(c.var.actor, {
    email,
    emailKey: normalizeEmail(email),
    role,
    tokenHash: await hashInviteToken(token),
    invitedBy: c.var.actor.staffEmail,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITE_HOURS * 3_600_000).toISOString(),
  });
  if (!result.ok)
    throw new ProblemError(409, 'Already on a team', {
      detail: `${email} is already a staff member's sign-in.`,
      errors: { email: 'This address is already a staff member’s sign-in' },
    });
  await c.var.consoleAccess.audit({
    mspId: c.var.actor.mspId,
    at: now.toISOString(),
    actor: c.var.actor.staffEmail,
    action: 'staff-invited',
    details: { email, role, expiresAt: result.invite.expiresAt },
  });
  const body: CreatedInvite = { invite: result.invite, link: invitePath(token) };
  return c.json(body, 201);
});

teamRoutes.delete('/team/invites/:id', async (c) => {
  const now = c.var.clock();
  const revoked = await c.var.team.revokeInvite(c.var.actor, c.req.param('id'), now);
  if (!revoked) throw notFound('invite');
  await c.var.consoleAccess.audit({
    mspId: c.var.actor.mspId,
    at: now.toISOString(),
    actor: c.var.actor.staffEmail,
    action: 'invite-revoked',
    details: { email: revoked.email, role: revoked.role },
  });
  return c.body(null, 204);
});

teamRoutes.patch('/team/staff/:id', async (c) => {
  const { role } = await readJson(c, changeRoleBodySchema);
  const now = c.var.clock();
  const { before, after } = changed(await c.var.team.changeRole(c.var.actor, c.req.param('id'), role));
  if (before.role !== after.role)
    await c.var.consoleAccess.audit({
      mspId: c.var.actor.mspId,
      at: now.toISOString(),
      actor: c.var.actor.staffEmail,
      action: 'staff-role-changed',
      details: { email: after.email, name: after.name, from: roleLabels[before.role], to: roleLabels[after.role] },
    });
  return c.json(after);
});

teamRoutes.post('/team/staff/:id/deactivate', async (c) => {
  const now = c.var.clock();
  const { after } = changed(await c.var.team.deactivate(c.var.actor, c.req.param('id'), now));
  await c.var.consoleAccess.audit({
    mspId: c.var.actor.mspId,
    at: now.toISOString(),
    actor: c.var.actor.staffEmail,
    action: 'staff-deactivated',
    details: { email: after.email, name: after.name, role: roleLabels[after.role] },
  });
  return c.json(after);
});
