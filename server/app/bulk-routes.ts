import { Hono } from 'hono';
import {
  BULK_CHUNK_SIZE,
  bulkActionBoards,
  bulkActionPermissions,
  bulkRequestSchema,
  type BulkOutcome,
  type BulkRequest,
} from '../../src/api/bulk-contract';
import { dayOf } from '../../src/domain/calendar';
import { endTrial, extendTrial, remove } from '../../src/domain/lifecycle/lifecycle-rules';
import { may, refusalSentence, roleLabels } from '../../src/domain/permissions';
import { isAccountNumber } from '../store/account-number';
import { notFound } from '../store/memory-store';
import { runRule, type Rule } from './apply-rule';
import type { ApiEnv } from './create-api-app';
import { encodeCursor } from './cursor';
import { listQueryFrom } from './list-query';
import { ProblemError } from './problem';
import { readJson } from './read-json';

/** One action over many accounts, each its own atomic update through the single actions' rules. */
export const bulkRoutes = new Hono<ApiEnv>();

function ruleFor(body: BulkRequest): Rule {
  switch (body.action) {
    case 'extendTrial':
      return (record, today) => extendTrial(record, body.days ?? 0, today);
    case 'endTrial':
      return endTrial;
    case 'removeExpired':
      return remove;
  }
}

interface Target {
  accountNumber: string;
  organizationName: string | null;
}

bulkRoutes.post('/accounts/bulk', async (c) => {
  const body = await readJson(c, bulkRequestSchema);
  const { role } = c.var.actor;
  if (!may(role, bulkActionPermissions[body.action]))
    throw new ProblemError(403, refusalSentence(bulkActionPermissions[body.action]), {
      detail: `You are signed in as ${roleLabels[role]}.`,
    });
  const today = dayOf(c.var.clock());
  let targets: Target[];
  let nextCursor: string | null = null;
  let matched: number | null = null;
  if (body.accountNumbers) {
    targets = [...new Set(body.accountNumbers)].map((accountNumber) => ({ accountNumber, organizationName: null }));
  } else {
    // The board's own query, walked newest first: creation time is the one order no action changes, so a
    // cursor past the accounts done stays right while they leave the board or the filter.
    const { limit: _limit, cursor: _cursor, sort: _sort, ...matching } = body.matching ?? {};
    const { query, fingerprint } = listQueryFrom(
      { ...matching, sort: 'newest', ...(body.cursor ? { cursor: body.cursor } : {}) },
      today,
    );
    if (!bulkActionBoards[body.action].includes(query.status))
      throw new ProblemError(422, 'This action does not apply to this board', {
        errors: { 'matching.status': `Not on ${query.status === 'paid' ? 'paid subscriptions' : 'this board'}` },
      });
    const page = await c.var.store.list(c.var.actor, { ...query, limit: body.limit ?? BULK_CHUNK_SIZE });
    targets = page.items;
    nextCursor = page.next ? encodeCursor(page.next, fingerprint) : null;
    matched = page.total;
  }

  const rule = ruleFor(body);
  const outcome: BulkOutcome = { action: body.action, succeeded: [], refused: [], nextCursor, matched };
  const work = async () => {
    for (const target of targets) {
      // A string that is no account number names no account, as in a path (and never reaches SQL).
      const result = isAccountNumber(target.accountNumber)
        ? await runRule(c, target.accountNumber, rule)
        : { ok: false as const, refusal: notFound('with this number') };
      if (result.ok)
        outcome.succeeded.push({
          accountNumber: target.accountNumber,
          organizationName: result.record?.organizationName ?? target.organizationName ?? '',
        });
      else
        outcome.refused.push({
          accountNumber: target.accountNumber,
          // Named by its number only, the refusal is looked up once to say whose it is (a missing one has no name).
          organizationName:
            target.organizationName ??
            (result.refusal.status === 404
              ? null
              : ((await c.var.store.get(c.var.actor, target.accountNumber))?.organizationName ?? null)),
          status: result.refusal.status,
          title: result.refusal.title,
        });
    }
  };
  // The demo saves the chunk once (one batch, one cross-tab lock); SQL stores write account by account.
  const store = c.var.store;
  if (store.batch) await store.batch(work);
  else await work();
  return c.json(outcome);
});
