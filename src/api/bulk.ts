import type { BoardStatus } from '../domain/account-status';
import { findQuery, type BoardFind } from './accounts';
import { bulkOutcomeSchema, type BulkRequest } from './bulk-contract';
import { apiFile, apiRequest } from './client';

/** One chunk of a bulk action (see bulkRequestSchema): at most BULK_CHUNK_SIZE accounts. */
export function runBulkChunk(body: BulkRequest, signal?: AbortSignal) {
  return apiRequest('/accounts/bulk', { method: 'POST', body, schema: bulkOutcomeSchema, signal });
}

/** The board query GET /accounts takes, as the strings a bulk "all matching" carries. */
export function boardMatching(status: BoardStatus, find: BoardFind): Record<string, string> {
  const { sort: _sort, ...query } = findQuery(find);
  const matching: Record<string, string> = { status };
  for (const [key, value] of Object.entries(query)) if (value !== undefined) matching[key] = String(value);
  return matching;
}

/** The board as a CSV file, under its search, filters and sort. */
export function exportBoardCsv(status: BoardStatus, find: BoardFind) {
  return apiFile('/accounts/export.csv', { query: { status, ...findQuery(find) } });
}

/** A month's billing reconciliation ("2026-11") as a CSV file. */
export function exportBillingCsv(month: string) {
  return apiFile('/billing/reconciliation.csv', { query: { month } });
}
