import { Hono } from 'hono';
import { openAccountGrantSchema, redeemOpenAccountBodySchema, type OpenAccountResult } from '../../src/api/contract';
import { staffAuditActions } from '../../src/api/team-contract';
import { auditKind } from './audit-routes';
import type { ApiEnv } from './create-api-app';
import { hashToken, isSigned, mintToken, OPEN_ACCOUNT_TOKEN_MS } from './open-account-token';
import { ProblemError } from './problem';
import { readJson } from './read-json';

/** The console URL with the token added as a query parameter. */
function withToken(url: string, token: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

/** POST /accounts/:accountNumber/open: a fresh token per click, recorded in the audit log. */
export const openAccountRoutes = new Hono<ApiEnv>();

openAccountRoutes.post('/accounts/:accountNumber/open', async (c) => {
  const accountNumber = c.req.param('accountNumber');
  const record = await c.var.store.get(c.var.actor, accountNumber);
  if (!record) throw new ProblemError(404, 'Account not found', { detail: `There is no account ${accountNumber}.` });
  const now = c.var.clock();
  const token = await mintToken(c.var.tokenSecret);
  const expiresAt = new Date(now.getTime() + OPEN_ACCOUNT_TOKEN_MS).toISOString();
  await c.var.consoleAccess.saveGrant(await hashToken(token), {
    mspId: c.var.actor.mspId,
    accountNumber,
    staffEmail: c.var.actor.staffEmail,
    expiresAt,
  });
  await c.var.consoleAccess.audit({
    mspId: c.var.actor.mspId,
    at: now.toISOString(),
    actor: c.var.actor.staffEmail,
    action: 'account-opened',
    details: { accountNumber, organizationName: record.organizationName },
  });
  const body: OpenAccountResult = { url: withToken(c.var.consoleUrlFor(accountNumber), token), expiresAt };
  return c.json(body, 201);
});

openAccountRoutes.get('/audit-events', async (c) => {
  const limit = Number(/^\d{1,3}$/.test(c.req.query('limit') ?? '') ? c.req.query('limit') : 50);
  // ?kind=staff: the staff administration and sign-in events (the Activity page's filter).
  const actions = auditKind(c.req.query('kind')) === 'staff' ? staffAuditActions : undefined;
  const events = await c.var.consoleAccess.auditEvents(c.var.actor.mspId, Math.min(Math.max(limit, 1), 200), actions);
  return c.json({ items: events.map(({ mspId: _mspId, ...event }) => event) });
});

/**
 * POST /open-account/redeem: what the customer's console calls with the token
 * from the URL. Public (the customer console has no staff session), and
 * answers once: a second call, an expired or a forged token get the same 410.
 */
export function mountRedeem(api: Hono<ApiEnv>) {
  api.post('/open-account/redeem', async (c) => {
    const { token } = await readJson(c, redeemOpenAccountBodySchema);
    const grant = (await isSigned(c.var.tokenSecret, token))
      ? await c.var.consoleAccess.useGrant(await hashToken(token), c.var.clock())
      : null;
    if (!grant)
      throw new ProblemError(410, 'This link has expired or was already used', {
        detail: 'Open the account again from the Command Center.',
      });
    return c.json(openAccountGrantSchema.parse(grant));
  });
}
