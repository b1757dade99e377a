import type { Context, Hono } from 'hono';
import { acceptInviteBodySchema, type Invitation } from '../../src/api/team-contract';
import { passwordProblem } from '../../src/domain/password-rules';
import { roleLabels } from '../../src/domain/permissions';
import type { ApiEnv, Clock } from '../app/create-api-app';
import type { ConsoleAccessStore } from '../app/console-access';
import { hashInviteToken, isInviteToken } from '../app/invite-token';
import { ProblemError } from '../app/problem';
import { readJson } from '../app/read-json';
import { commonPasswords } from './common-passwords';
import { setSessionCookie } from './session-cookie';
import { sessionBody, type StaffDirectory } from './staff-directory';
import type { StaffAccess } from './staff-access';

/** Used, revoked, expired, mistyped or made up: one answer, so a link's state tells nobody anything more. */
function gone(): ProblemError {
  return new ProblemError(410, 'This invite link no longer works', {
    detail: 'It was used, revoked or has expired (links work for 72 hours). Ask an Admin of your MSP for a new one.',
  });
}

/**
 * GET /invites/:token (what the invitee is invited to) and POST
 * /invites/:token/accept (their name and password: the staff member is
 * created and signed in). Public: the invitee has no session yet.
 */
export function inviteRoutes(options: {
  access: StaffAccess;
  directory: StaffDirectory;
  audit: ConsoleAccessStore;
  clock: Clock;
  clientAddress: (c: Context) => string;
}) {
  const { access, directory, audit, clock, clientAddress } = options;
  return (api: Hono<ApiEnv>) => {
    api.get('/invites/:token', async (c) => {
      const token = c.req.param('token');
      const invitation = isInviteToken(token) ? await access.invitation(await hashInviteToken(token), clock()) : null;
      if (!invitation) throw gone();
      return c.json(invitation satisfies Invitation);
    });

    api.post('/invites/:token/accept', async (c) => {
      const token = c.req.param('token');
      if (!isInviteToken(token)) throw gone();
      const { name, password } = await readJson(c, acceptInviteBodySchema);
      const problem = passwordProblem(password, commonPasswords());
      if (problem) throw new ProblemError(422, 'Choose another password', { errors: { password: problem } });
      const now = clock();
      const accepted = await access.acceptInvite(await hashInviteToken(token), { name, password }, now);
      if (!accepted.ok) {
        if (accepted.reason === 'email-taken')
          throw new ProblemError(409, 'This address already signs in', {
            detail: 'A staff member already uses this email address. Sign in instead.',
          });
        throw gone();
      }
      await audit.audit({
        mspId: accepted.mspId,
        at: now.toISOString(),
        actor: accepted.email,
        action: 'invite-accepted',
        details: { email: accepted.email, name, role: roleLabels[accepted.role], client: clientAddress(c) },
      });
      const session = await directory.startSession(accepted.staffId, now, {
        userAgent: c.req.header('User-Agent'),
        client: clientAddress(c),
      });
      setSessionCookie(c, session.token, session.expiresAt);
      const staff = await directory.findSession(session.token, now);
      if (!staff) throw gone();
      return c.json(sessionBody(staff), 201);
    });
  };
}
