import { Hono } from 'hono';
import type { z } from 'zod';
import {
  createAccountBodySchema,
  listAccountsQuerySchema,
  type Account,
  type AccountPage,
  type Summary,
} from '../../src/api/contract';
import { accountRules } from '../../src/domain/account-rules';
import { trialEndDay } from '../../src/domain/account-status';
import { dayOf } from '../../src/domain/calendar';
import { normalizeEmail } from '../../src/domain/email';
import { checkNewAccount } from '../../src/domain/new-account';
import type { ApiEnv } from './create-api-app';
import { decodeCursor, encodeCursor } from './cursor';
import { presentAccount } from './present-account';
import { ProblemError } from './problem';

export const accountRoutes = new Hono<ApiEnv>();

function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'body');
    errors[field] ??= issue.code === 'unrecognized_keys' ? 'Unknown field' : issue.message;
  }
  return errors;
}

accountRoutes.get('/accounts', async (c) => {
  const query = listAccountsQuerySchema.safeParse(c.req.query());
  if (!query.success)
    throw new ProblemError(422, 'Invalid query', { detail: 'Check the status, limit and cursor parameters.', errors: fieldErrors(query.error) });
  const after = query.data.cursor === undefined ? null : decodeCursor(query.data.cursor);
  if (query.data.cursor !== undefined && after === null)
    throw new ProblemError(422, 'Invalid cursor', { detail: 'Start again from the first page.', errors: { cursor: 'Unknown cursor' } });

  const today = dayOf(c.var.clock());
  const page = await c.var.store.list({ status: query.data.status, today, limit: query.data.limit, after });
  const body: AccountPage = {
    items: page.items.map((record) => presentAccount(record, today, c.var.consoleUrlFor)),
    nextCursor: page.next ? encodeCursor(page.next) : null,
    total: page.total,
    monitoredUsersTotal: page.monitoredUsersTotal,
    asOf: today,
  };
  return c.json(body);
});

accountRoutes.get('/summary', async (c) => {
  const today = dayOf(c.var.clock());
  const summary = await c.var.store.summary(today);
  const body: Summary = { ...summary, asOf: today };
  return c.json(body);
});

accountRoutes.get('/accounts/:accountNumber', async (c) => {
  const record = await c.var.store.get(c.req.param('accountNumber'));
  if (!record) throw new ProblemError(404, 'Account not found', { detail: `There is no account ${c.req.param('accountNumber')}.` });
  const body: Account = presentAccount(record, dayOf(c.var.clock()), c.var.consoleUrlFor);
  return c.json(body);
});

accountRoutes.post('/accounts', async (c) => {
  if (!(c.req.header('Content-Type') ?? '').includes('application/json'))
    throw new ProblemError(415, 'Send JSON', { detail: 'The body must be application/json.' });
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ProblemError(400, 'Malformed JSON', { detail: 'The request body is not valid JSON.' });
  }
  const shape = createAccountBodySchema.safeParse(json);
  if (!shape.success)
    throw new ProblemError(422, 'Check the highlighted fields', { errors: fieldErrors(shape.error) });
  const checked = checkNewAccount(shape.data);
  if (!checked.ok) throw new ProblemError(422, 'Check the highlighted fields', { errors: checked.errors });

  const now = c.var.clock();
  const created = await c.var.store.create({
    email: checked.value.email,
    emailKey: normalizeEmail(checked.value.email),
    organizationName: checked.value.organizationName,
    plan: 'trial',
    createdAt: now.toISOString(),
    trialEndsAt: trialEndDay(dayOf(now), accountRules.trialDays),
    monitoredUsers: 0,
    seats: null,
  });
  if (!created.ok)
    throw new ProblemError(409, 'This email address is already in use', {
      detail: 'Each account needs its own primary admin email address.',
      errors: { email: 'This email address is already in use' },
    });
  const body: Account = presentAccount(created.record, dayOf(now), c.var.consoleUrlFor);
  return c.json(body, 201, { Location: `${c.req.path}/${encodeURIComponent(body.accountNumber)}` });
});
