import type { Hono } from 'hono';
import { changePasswordBodySchema } from '../../src/api/team-contract';
import { passwordProblem } from '../../src/domain/password-rules';
import { deviceName } from '../../src/domain/staff-rules';
import type { ApiEnv, Clock } from '../app/create-api-app';
import type { ConsoleAccessStore } from '../app/console-access';
import { ProblemError } from '../app/problem';
import { readJson } from '../app/read-json';
import { commonPasswords } from './common-passwords';
import { clearSessionCookie, sessionTokenOf } from './session-cookie';
import type { StaffAccess } from './staff-access';

const SESSION_ID = /^[0-9a-f-]{36}$/;

/**
 * A staff member's own sessions and password (every role: "own-session").
 * Mounted after authentication, live mode only: the demo has no sessions.
 */
export function ownAccountRoutes(options: { access: StaffAccess; audit: ConsoleAccessStore; clock: Clock }) {
  const { access, audit, clock } = options;
  return (api: Hono<ApiEnv>) => {
    api.get('/sessions', async (c) => {
      const items = await access.sessions(c.var.actor.staffId, sessionTokenOf(c) ?? '', clock());
      return c.json({ items });
    });

    api.delete('/sessions/:id', async (c) => {
      const id = c.req.param('id');
      const own = await access.sessions(c.var.actor.staffId, sessionTokenOf(c) ?? '', clock());
      const ended = SESSION_ID.test(id) ? await access.endSession(c.var.actor.staffId, id) : null;
      if (!ended)
        throw new ProblemError(404, 'Session not found', { detail: 'It has ended already, or it is not yours.' });
      await audit.audit({
        mspId: c.var.actor.mspId,
        at: clock().toISOString(),
        actor: c.var.actor.staffEmail,
        action: 'session-ended',
        details: { device: deviceName(ended.userAgent) },
      });
      if (own.find((session) => session.id === id)?.current) clearSessionCookie(c);
      return c.body(null, 204);
    });

    api.post('/session/password', async (c) => {
      const { currentPassword, newPassword } = await readJson(c, changePasswordBodySchema);
      const problem = passwordProblem(newPassword, commonPasswords());
      if (problem) throw new ProblemError(422, 'Choose another password', { errors: { newPassword: problem } });
      const outcome = await access.changePassword(
        c.var.actor.staffId,
        sessionTokenOf(c) ?? '',
        currentPassword,
        newPassword,
      );
      if (outcome === 'wrong-password')
        throw new ProblemError(422, 'Check your current password', {
          errors: { currentPassword: 'This is not your current password' },
        });
      await audit.audit({
        mspId: c.var.actor.mspId,
        at: clock().toISOString(),
        actor: c.var.actor.staffEmail,
        action: 'password-changed',
        details: {},
      });
      return c.body(null, 204);
    });
  };
}
