import { Hono, type Context } from 'hono';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { activityFiltersSchema, activityQuerySchema, type ActivityPage } from '../../src/api/activity-contract';
import { dayOf } from '../../src/domain/calendar';
import { may } from '../../src/domain/permissions';
import { visibilityOf, type HistoryEntry, type HistoryFilters } from '../store/account-record';
import type { ApiEnv } from './create-api-app';
import { csvCell } from './csv-cell';
import { isIsoInstant, isRowId } from './cursor-fields';
import { decode, encode, present } from './history-routes';
import { ProblemError } from './problem';
import { fieldErrors } from './read-json';

export const activityRoutes = new Hono<ApiEnv>();

/** The query's filters as the store reads them, or a 422 naming the field at fault. */
function filtersOf<S extends typeof activityFiltersSchema | typeof activityQuerySchema>(
  schema: S,
  query: Record<string, string>,
) {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new ProblemError(422, 'Invalid query', { errors: fieldErrors(parsed.error) });
  const { account, action, actor, from, to } = parsed.data;
  if (from !== undefined && to !== undefined && to < from)
    throw new ProblemError(422, 'Invalid query', {
      detail: 'The last day of the range is before its first.',
      errors: { to: 'Choose a day on or after the first day' },
    });
  const filters: HistoryFilters = { accountNumber: account, action, actor, from, to };
  return { data: parsed.data as ReturnType<S['parse']>, filters };
}

/**
 * GET /activity: the fleet's history, newest first, a keyset page at a time
 * under Activity's filters, with how many entries pass them and what they
 * charged over all pages.
 */
activityRoutes.get('/activity', async (c) => {
  const { data, filters } = filtersOf(activityQuerySchema, c.req.query());
  const after = decode(data.cursor, [isIsoInstant, isRowId]);
  const [page, totals] = await Promise.all([
    c.var.store.history(c.var.actor, {
      ...filters,
      limit: data.limit,
      after: after && { at: after[0]!, id: after[1]! },
    }),
    c.var.store.historyTotals(c.var.actor, filters),
  ]);
  const body: ActivityPage = {
    scope: visibilityOf(c.var.actor),
    items: page.items.map(present),
    nextCursor: page.next ? encode([page.next.at, page.next.id]) : null,
    total: totals.entries,
    chargedCents: may(c.var.actor.role, 'view-billing') ? totals.chargedCents : null,
  };
  return c.json(body);
});

const activityCsvColumns = ['At (UTC)', 'Account', 'Organization', 'By', 'Action', 'What changed', 'Charged'];
const EXPORT_PAGE = 500;

function csvRow(entry: HistoryEntry): string[] {
  const charged = entry.chargeCents === null ? '' : (entry.chargeCents / 100).toFixed(2);
  return [entry.at, entry.accountNumber, entry.organizationName, entry.actor, entry.action, entry.summary, charged].map(
    csvCell,
  );
}

/**
 * GET /activity/export: the filtered Activity as CSV, written a page of
 * entries at a time as the reader takes it, so a long history never becomes
 * one string in memory. Charged is in dollars with cents ("12.50").
 */
activityRoutes.get('/activity/export', async (c: Context<ApiEnv>) => {
  const { filters } = filtersOf(activityFiltersSchema, c.req.query());
  const { store, actor } = c.var;
  let after: { at: string; id: string } | null = null;
  let started = false;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(stringify([activityCsvColumns.map(csvCell)])));
      }
      const page = await store.history(actor, { ...filters, limit: EXPORT_PAGE, after });
      if (page.items.length > 0) controller.enqueue(encoder.encode(stringify(page.items.map(csvRow))));
      after = page.next;
      if (!after) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="activity-${dayOf(c.var.clock())}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
