import { Hono } from 'hono';
import { staffAuditActions } from '../../src/api/team-contract';
import { auditSentence } from '../../src/domain/audit-text';
import type { ApiEnv } from './create-api-app';
import { csvResponse } from './csv-stream';
import { ProblemError } from './problem';

/** ?kind= of the audit log: every event, or the staff administration and sign-in events; anything else is a 422. */
export function auditKind(kind: string | undefined): 'all' | 'staff' {
  if (kind === undefined || kind === 'all' || kind === 'staff') return kind === 'staff' ? 'staff' : 'all';
  throw new ProblemError(422, 'Check the highlighted fields', { errors: { kind: 'Use all or staff' } });
}

/** The most a download holds: a year of a busy MSP's sign-ins. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * GET /audit-events/export: the MSP's audit log as CSV, newest first
 * (?kind=staff for staff administration and sign-in events only), written by
 * the same CSV writer as every export (formula cells neutralised, and the
 * browser-safe csv-stringify build, since the demo's API runs in a Worker).
 */
export const auditRoutes = new Hono<ApiEnv>();

auditRoutes.get('/audit-events/export', async (c) => {
  const staffOnly = auditKind(c.req.query('kind')) === 'staff';
  const events = await c.var.consoleAccess.auditEvents(
    c.var.actor.mspId,
    AUDIT_EXPORT_LIMIT,
    staffOnly ? staffAuditActions : undefined,
  );
  const rows = events.map((event) => [
    event.at,
    event.actor,
    event.action,
    auditSentence(event.action, event.details),
    JSON.stringify(event.details),
  ]);
  const day = c.var.clock().toISOString().slice(0, 10);
  async function* pages() {
    yield rows;
  }
  return csvResponse(
    `audit-${staffOnly ? 'staff-' : ''}${day}.csv`,
    ['When (UTC)', 'Who', 'Action', 'What', 'Details'],
    pages(),
  );
});
