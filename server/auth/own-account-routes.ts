import type { Context, Hono } from 'hono';
import { changePasswordBodySchema } from '../../src/api/team-contract';
import { passwordProblem } from '../../src/domain/password-rules';
import { deviceName } from '../../src/domain/staff-rules';
import type { ApiEnv, Clock } from '../app/create-api-app';
import type { ConsoleAccessStore } from '../app/console-access';
import { ProblemError, problemResponse } from '../app/problem';
import { readJson } from '../app/read-json';
import { commonPasswords } from './common-passwords';
import { clearSessionCookie, sessionTokenOf } from './session-cookie';
import type { StaffAccess } from './staff-access';
import { passwordChangeKey, type SignInLimiter } from './sign-in-limiter';

const SESSION_ID = /^[0-9a-f-]{36}$/;

/**
 * A staff member's own sessions and password (every role: "own-session").
 * Mounted after authentication, live mode only: the demo has no sessions.
 */
export function ownAccountRoutes(options: {
  access: StaffAccess;
  audit: ConsoleAccessStore;
  clock: Clock;
  /** A wrong current password is a password guess: counted and held back like one at sign-in. */
  limiter: SignInLimiter;
  clientAddress: (c: Context) => string;
}) {
  const { access, audit, clock, limiter, clientAddress } = options;
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
      // Counted per staff member (and per client, with the sign-in guesses): a stolen session cannot try passwords.
      const key = passwordChangeKey(c.var.actor.staffId);
      const client = clientAddress(c);
      const wait = await limiter.retryAfter(key, client, clock());
      if (wait > 0) {
        const refused = problemResponse(429, 'Too many wrong passwords', {
          detail: `Wait ${Math.ceil(wait / 60)} minute(s), then try again.`,
        });
        refused.headers.set('Retry-After', String(wait));
        return refused;
      }
      const attempt = await limiter.attempt(key, client, clock());
      const outcome = await access.changePassword(
        c.var.actor.staffId,
        sessionTokenOf(c) ?? '',
        currentPassword,
        newPassword,
      );
      if (outcome === 'wrong-password') {
        await audit.audit({
          mspId: c.var.actor.mspId,
          at: clock().toISOString(),
          actor: c.var.actor.staffEmail,
          action: 'password-change-failed',
          details: { client, device: deviceName(c.req.header('User-Agent') ?? null) },
        });
        throw new ProblemError(422, 'Check your current password', {
          errors: { currentPassword: 'This is not your current password' },
        });
      }
      await attempt.forgive();
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
