import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { setupBodySchema, type SetupState } from '../../src/api/team-contract';
import { normalizeEmail } from '../../src/domain/email';
import { passwordProblem } from '../../src/domain/password-rules';
import type { ApiEnv, Clock } from '../app/create-api-app';
import type { ConsoleAccessStore } from '../app/console-access';
import { ProblemError } from '../app/problem';
import { readJson } from '../app/read-json';
import { commonPasswords } from './common-passwords';
import { setSessionCookie } from './session-cookie';
import type { StaffAccess } from './staff-access';
import type { StaffDirectory } from './staff-directory';

/** The server's own machine: setup from here needs no code. */
export function isLoopback(address: string): boolean {
  return (
    address === '::1' || address === '127.0.0.1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
  );
}

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given.trim().toUpperCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'msp';

/**
 * GET and POST /setup: the first start's one-time page. Open until the first
 * Admin exists; from another machine than the server's only with the setup
 * code the server printed in its log. Completing it signs the new Admin in.
 */
export function setupRoutes(options: {
  access: StaffAccess;
  directory: StaffDirectory;
  audit: ConsoleAccessStore;
  clock: Clock;
  clientAddress: (c: Context) => string;
  setupCode: string;
}) {
  const { access, directory, audit, clock, clientAddress, setupCode } = options;
  return (api: Hono<ApiEnv>) => {
    api.get('/setup', async (c) => {
      const body: SetupState = { open: await access.setupOpen(), codeRequired: !isLoopback(clientAddress(c)) };
      return c.json(body);
    });

    api.post('/setup', async (c) => {
      const body = await readJson(c, setupBodySchema);
      if (!(await access.setupOpen())) throw closed();
      if (!isLoopback(clientAddress(c)) && !sameCode(body.code ?? '', setupCode))
        throw new ProblemError(403, 'Enter the setup code', {
          detail: 'From another machine, setup asks for the code the server printed in its log when it started.',
          errors: { code: 'This is not the setup code in the server’s log' },
        });
      const problem = passwordProblem(body.password, commonPasswords());
      if (problem) throw new ProblemError(422, 'Choose another password', { errors: { password: problem } });
      const mspId = `${slug(body.mspName)}-${Date.now().toString(36)}`;
      const created = await access.completeSetup({
        mspId,
        mspName: body.mspName,
        name: body.name,
        email: body.email,
        emailKey: normalizeEmail(body.email),
        password: body.password,
      });
      if (!created.ok) throw closed();
      const now = clock();
      await audit.audit({
        mspId,
        at: now.toISOString(),
        actor: body.email,
        action: 'setup-completed',
        details: { mspName: body.mspName, name: body.name, email: body.email, client: clientAddress(c) },
      });
      const { token, expiresAt } = await directory.startSession(created.staffId, now, {
        userAgent: c.req.header('User-Agent'),
        client: clientAddress(c),
      });
      setSessionCookie(c, token, expiresAt);
      return c.json({ open: false, codeRequired: false } satisfies SetupState, 201);
    });
  };
}

function closed(): ProblemError {
  return new ProblemError(409, 'Setup is already done', {
    detail: 'This Command Center has its first Admin. Sign in, or ask an Admin to invite you.',
  });
}
