import { Hono } from 'hono';
import {
  createAccountBodySchema,
  organizationNameQuerySchema,
  type OrganizationNameUse,
  type Account,
  type AccountPage,
  type Summary,
} from '../../src/api/contract';
import { accountRules } from '../../src/domain/account-rules';
import { trialEndDay } from '../../src/domain/account-status';
import { dayOf } from '../../src/domain/calendar';
import { nextInvoiceCents } from '../../src/domain/fleet-totals';
import { normalizeEmail } from '../../src/domain/email';
import { checkNewAccount } from '../../src/domain/new-account';
import { organizationNameKey } from '../../src/domain/organization-name';
import { may } from '../../src/domain/permissions';
import { visibilityOf } from '../store/account-record';
import { newTrialRecord } from '../store/new-trial-record';
import type { ApiEnv } from './create-api-app';
import { encodeCursor } from './cursor';
import { listQueryFrom } from './list-query';
import { presentAccount } from './present-account';
import { ProblemError } from './problem';
import { fieldErrors, readJson } from './read-json';

export const accountRoutes = new Hono<ApiEnv>();

accountRoutes.get('/accounts', async (c) => {
  // Hono builds c.var afresh on every read: once here, not once an account.
  const { store, actor, clock, consoleUrlFor } = c.var;
  const today = dayOf(clock());
  const { query, fingerprint } = listQueryFrom(c.req.query(), today);
  const page = await store.list(actor, query);
  const body: AccountPage = {
    scope: visibilityOf(actor),
    items: page.items.map((record) => presentAccount(record, today, consoleUrlFor)),
    nextCursor: page.next ? encodeCursor(page.next, fingerprint) : null,
    total: page.total,
    monitoredUsersTotal: page.monitoredUsersTotal,
    boardTotal: page.boardTotal,
    asOf: today,
  };
  return c.json(body);
});

accountRoutes.get('/summary', async (c) => {
  const { store, actor, clock } = c.var;
  const today = dayOf(clock());
  const summary = await store.summary(actor, today);
  const body: Summary = {
    activeUsers: summary.activeUsers,
    counts: summary.counts,
    asOf: today,
    scope: visibilityOf(actor),
    // MSP-wide billing is for the roles that may see it (an Admin); a role that sees part of the fleet has none.
    nextInvoiceCents: may(actor.role, 'view-billing') ? nextInvoiceCents(summary) : null,
    overSeats: summary.overSeats,
    ended: summary.ended,
    pricePerSeatCents: accountRules.pricePerSeatCents,
  };
  return c.json(body);
});

accountRoutes.get('/accounts/:accountNumber', async (c) => {
  const accountNumber = c.req.param('accountNumber');
  const record = await c.var.store.get(c.var.actor, accountNumber);
  if (!record) throw new ProblemError(404, 'Account not found', { detail: `There is no account ${accountNumber}.` });
  const body: Account = presentAccount(record, dayOf(c.var.clock()), c.var.consoleUrlFor);
  return c.json(body);
});

accountRoutes.post('/accounts', async (c) => {
  const checked = checkNewAccount(await readJson(c, createAccountBodySchema));
  if (!checked.ok) throw new ProblemError(422, 'Check the highlighted fields', { errors: checked.errors });

  const now = c.var.clock();
  const created = await c.var.store.create(
    newTrialRecord({
      mspId: c.var.actor.mspId,
      email: checked.value.email,
      emailKey: normalizeEmail(checked.value.email),
      organizationName: checked.value.organizationName,
      createdAt: now.toISOString(),
      trialEndsAt: trialEndDay(dayOf(now), accountRules.trialDays),
      monitoredUsers: 0,
    }),
    {
      at: now.toISOString(),
      actor: c.var.actor.staffEmail,
      action: 'created',
      summary: `Added as a ${accountRules.trialDays}-day trial`,
      organizationName: checked.value.organizationName,
      before: null,
      after: { status: 'trial', trialEndsAt: trialEndDay(dayOf(now), accountRules.trialDays) },
      chargeCents: null,
    },
  );
  if (!created.ok)
    // Says nothing of the account that holds the address: it may belong to another MSP.
    throw new ProblemError(409, 'This email address is already in use', {
      detail: 'Each account needs its own primary admin email address.',
      errors: { email: 'This email address is already in use' },
    });
  const body: Account = presentAccount(created.record, dayOf(now), c.var.consoleUrlFor);
  return c.json(body, 201, { Location: `${c.req.path}/${encodeURIComponent(body.accountNumber)}` });
});

/** Names are not unique (two customers can share one), but Add Customer warns before a second account of a name. */
accountRoutes.get('/organization-names', async (c) => {
  const query = organizationNameQuerySchema.safeParse(c.req.query());
  if (!query.success)
    throw new ProblemError(422, 'Invalid query', {
      detail: 'Give the organization name to look for.',
      errors: fieldErrors(query.error),
    });
  const today = dayOf(c.var.clock());
  const records = await c.var.store.withOrganizationName(c.var.actor, organizationNameKey(query.data.name), 5);
  const body: OrganizationNameUse = {
    accounts: records.map((record) => {
      const { accountNumber, organizationName, status } = presentAccount(record, today, c.var.consoleUrlFor);
      return { accountNumber, organizationName, status };
    }),
  };
  return c.json(body);
});
