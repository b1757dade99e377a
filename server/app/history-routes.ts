import { Hono, type Context } from 'hono';
import { pageQuerySchema, type EndedPage, type HistoryPage } from '../../src/api/contract';
import { dayOf } from '../../src/domain/calendar';
import { visibilityOf, type HistoryEntry } from '../store/account-record';
import type { ApiEnv } from './create-api-app';
import { isAccountNumber, isIsoDay, isIsoInstant, isRowId } from './cursor-fields';
import { presentAccount } from './present-account';
import { ProblemError } from './problem';
import { fieldErrors } from './read-json';

export const historyRoutes = new Hono<ApiEnv>();

export function encode(parts: string[]): string {
  return btoa(parts.join('|')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The parts of a cursor this API wrote, each checked by its own test, or a 422 for anything else. */
export function decode(cursor: string | undefined, checks: Array<(part: string) => boolean>): string[] | null {
  if (cursor === undefined) return null;
  try {
    const parts = atob(cursor.replace(/-/g, '+').replace(/_/g, '/')).split('|');
    if (parts.length === checks.length && parts.every((part, index) => checks[index]!(part))) return parts;
  } catch {
    // falls through to the refusal below
  }
  throw new ProblemError(422, 'Invalid cursor', {
    detail: 'Start again from the first page.',
    errors: { cursor: 'Unknown cursor' },
  });
}

function pageQuery(query: Record<string, string>) {
  const parsed = pageQuerySchema.safeParse(query);
  if (!parsed.success) throw new ProblemError(422, 'Invalid query', { errors: fieldErrors(parsed.error) });
  return parsed.data;
}

/** The system's entries saved before history kept the day itself are midnight UTC of that day. */
const SYSTEM_DAY = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.000)?Z$/;

export function present(entry: HistoryEntry) {
  const { mspId: _mspId, effectiveOn, ...visible } = entry;
  const legacyDay = entry.actor === 'system' ? (SYSTEM_DAY.exec(entry.at)?.[1] ?? null) : null;
  return { ...visible, effectiveOn: effectiveOn ?? legacyDay };
}

async function historyPage(c: Context<ApiEnv>, accountNumber?: string): Promise<Response> {
  const { limit, cursor } = pageQuery(c.req.query());
  const after = decode(cursor, [isIsoInstant, isRowId]);
  const page = await c.var.store.history(c.var.actor, {
    accountNumber,
    limit,
    after: after ? { at: after[0]!, id: after[1]! } : null,
  });
  const body: HistoryPage = {
    scope: visibilityOf(c.var.actor),
    items: page.items.map(present),
    nextCursor: page.next ? encode([page.next.at, page.next.id]) : null,
  };
  return c.json(body);
}

historyRoutes.get('/accounts/:accountNumber/history', async (c) => {
  const accountNumber = c.req.param('accountNumber');
  if (!(await c.var.store.get(c.var.actor, accountNumber))) throw new ProblemError(404, 'Account not found');
  return historyPage(c, accountNumber);
});

historyRoutes.get('/ended-accounts', async (c) => {
  const { limit, cursor } = pageQuery(c.req.query());
  const after = decode(cursor, [isIsoDay, isAccountNumber]);
  const today = dayOf(c.var.clock());
  const page = await c.var.store.listEnded(c.var.actor, {
    limit,
    after: after ? { deleteAfter: after[0]!, accountNumber: after[1]! } : null,
  });
  const body: EndedPage = {
    scope: visibilityOf(c.var.actor),
    items: page.items.map((record) => presentAccount(record, today, c.var.consoleUrlFor)),
    nextCursor: page.next ? encode([page.next.deleteAfter, page.next.accountNumber]) : null,
    total: page.total,
    asOf: today,
  };
  return c.json(body);
});

historyRoutes.get('/accounts/:accountNumber/export', async (c) => {
  const accountNumber = c.req.param('accountNumber');
  const record = await c.var.store.get(c.var.actor, accountNumber);
  if (!record) throw new ProblemError(404, 'Account not found');
  const history: ReturnType<typeof present>[] = [];
  let after: { at: string; id: string } | null = null;
  do {
    const page = await c.var.store.history(c.var.actor, { accountNumber, limit: 200, after });
    history.push(...page.items.map(present));
    after = page.next;
  } while (after);
  const now = c.var.clock();
  const body = {
    exportedAt: now.toISOString(),
    account: presentAccount(record, dayOf(now), c.var.consoleUrlFor),
    history,
  };
  return c.json(body, 200, {
    'Content-Disposition': `attachment; filename="${accountNumber}-export.json"`,
  });
});
