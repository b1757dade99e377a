import type { Context, Hono } from 'hono';
import { SIGN_IN_REFUSED, signInBodySchema, type Session } from '../../src/api/session-contract';
import { normalizeEmail } from '../../src/domain/email';
import { deviceName } from '../../src/domain/staff-rules';
import type { ConsoleAccessStore } from '../app/console-access';
import type { ApiEnv, Clock } from '../app/create-api-app';
import { ProblemError, problemResponse } from '../app/problem';
import { readJson } from '../app/read-json';
import { UNMATCHABLE_HASH, verifyPassword } from './password';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie';
import type { SignInLimiter } from './sign-in-limiter';
import type { StaffAccess } from './staff-access';
import { sessionBody, type StaffDirectory } from './staff-directory';

const notSignedIn = () =>
  problemResponse(401, 'Sign in to continue', { detail: 'Your session has ended or you are not signed in.' });

/** POST, GET and DELETE /session: signing in, who is signed in, signing out. Mounted before authentication. */
export function sessionRoutes(
  directory: StaffDirectory,
  limiter: SignInLimiter,
  clock: Clock,
  clientAddress: (c: Context) => string,
  /** Every sign-in, success or failure, goes to the audit log of the MSP whose staff email was tried. */
  signIns?: { audit: ConsoleAccessStore; access: StaffAccess },
) {
  return (api: Hono<ApiEnv>) => {
    api.post('/session', async (c) => {
      const { email, password } = await readJson(c, signInBodySchema);
      const key = normalizeEmail(email);
      const client = clientAddress(c);
      const wait = await limiter.retryAfter(key, client, clock());
      if (wait > 0) {
        const refused = problemResponse(429, 'Too many sign-in attempts', {
          detail: `Wait ${Math.ceil(wait / 60)} minute(s), then try again.`,
        });
        refused.headers.set('Retry-After', String(wait));
        return refused;
      }

      const attempt = await limiter.attempt(key, client, clock());
      const staff = await directory.findByEmail(email);
      // Hash even when nobody has this email, so the answer takes as long either way.
      const matches = await verifyPassword(password, staff?.passwordHash ?? UNMATCHABLE_HASH);
      const userAgent = c.req.header('User-Agent') ?? null;
      if (!staff || !matches) {
        // An address nobody signs in with belongs to no MSP: it is counted by the limits, not written in a log.
        const mspId = staff?.mspId ?? (await signIns?.access.mspOfEmail(key));
        if (signIns && mspId)
          await signIns.audit.audit({
            mspId,
            at: clock().toISOString(),
            actor: email.trim().slice(0, 320),
            action: 'sign-in-failed',
            details: {
              email: email.trim().slice(0, 320),
              client,
              device: deviceName(userAgent),
              reason: staff ? 'wrong password' : 'deactivated staff member',
            },
          });
        throw new ProblemError(401, SIGN_IN_REFUSED, { detail: 'Check both and try again.' });
      }
      await attempt.forgive();
      const previous = sessionTokenOf(c);
      if (previous) await directory.endSession(previous);
      const { token, expiresAt } = await directory.startSession(staff.id, clock(), { userAgent, client });
      await signIns?.audit.audit({
        mspId: staff.mspId,
        at: clock().toISOString(),
        actor: staff.email,
        action: 'sign-in-succeeded',
        details: { email: staff.email, client, device: deviceName(userAgent) },
      });
      setSessionCookie(c, token, expiresAt);
      const body: Session = sessionBody(staff);
      return c.json(body);
    });

    api.get('/session', async (c) => {
      const token = sessionTokenOf(c);
      const staff = token ? await directory.findSession(token, clock()) : null;
      if (!staff) return notSignedIn();
      if (staff.rotated) setSessionCookie(c, staff.rotated.token, staff.rotated.expiresAt);
      const body: Session = sessionBody(staff);
      return c.json(body);
    });

    api.delete('/session', async (c) => {
      const token = sessionTokenOf(c);
      if (token) await directory.endSession(token);
      clearSessionCookie(c);
      return c.body(null, 204);
    });
  };
}
