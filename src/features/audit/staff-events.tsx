import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { config } from '../../api/config';
import { apiPrefix } from '../../api/contract';
import { staffEventsQueryOptions } from '../../api/team';
import { formatInstant } from '../../components/format';
import { auditSentence } from '../../domain/audit-text';

/** Downloads the CSV with the session cookie (and through the demo's worker), then saves it. */
async function downloadCsv(): Promise<void> {
  const response = await fetch(`${config.apiBaseUrl}${apiPrefix}/audit-events/export?kind=staff`, {
    credentials: 'include',
  });
  if (!response.ok) throw new Error(`The export failed (${response.status}). Try again.`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'audit.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

/** The Activity page's "Staff and sign-in events": the MSP's audit log of staff administration and sign-ins. */
export function StaffEvents() {
  const events = useQuery(staffEventsQueryOptions());
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  return (
    <div className="staff-events">
      <div className="staff-events__bar">
        <p className="muted">Invites, role changes, deactivations, password changes and every sign-in, newest first.</p>
        <button
          type="button"
          className="button button--small"
          disabled={exporting}
          onClick={() => {
            setExporting(true);
            setExportError(null);
            downloadCsv()
              .catch((error: unknown) => setExportError(error instanceof Error ? error.message : String(error)))
              .finally(() => setExporting(false));
          }}
        >
          Export CSV
        </button>
      </div>
      {exportError || events.isError ? (
        <div className="form-error" role="alert">
          {exportError ?? events.error?.message}
        </div>
      ) : null}
      {events.isPending ? (
        <p role="status">Loading staff and sign-in events…</p>
      ) : events.data && events.data.items.length === 0 ? (
        <p className="muted">No staff or sign-in events yet.</p>
      ) : events.data ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Staff and sign-in events</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {events.data.items.map((event, index) => (
                <tr key={`${event.at}-${index}`}>
                  <td>{formatInstant(event.at)}</td>
                  <td>{event.actor}</td>
                  <td>{auditSentence(event.action, event.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
