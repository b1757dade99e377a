import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import { staffAuditActions } from '../../src/api/team-contract';
import { auditSentence, neutralizeCell } from '../../src/domain/audit-text';
import type { ApiEnv } from './create-api-app';
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
 * (?kind=staff for staff administration and sign-in events only). Every cell
 * is neutralised so that a spreadsheet does not run it as a formula.
 */
export const auditRoutes = new Hono<ApiEnv>();

auditRoutes.get('/audit-events/export', async (c) => {
  const staffOnly = auditKind(c.req.query('kind')) === 'staff';
  const events = await c.var.consoleAccess.auditEvents(
    c.var.actor.mspId,
    AUDIT_EXPORT_LIMIT,
    staffOnly ? staffAuditActions : undefined,
  );
  const rows = events.map((event) =>
    [
      event.at,
      event.actor,
      event.action,
      auditSentence(event.action, event.details),
      JSON.stringify(event.details),
    ].map(neutralizeCell),
  );
  const csv = stringify(rows, { header: true, columns: ['When (UTC)', 'Who', 'Action', 'What', 'Details'] });
  const day = c.var.clock().toISOString().slice(0, 10);
  return c.body(csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="audit-${staffOnly ? 'staff-' : ''}${day}.csv"`,
  });
});
