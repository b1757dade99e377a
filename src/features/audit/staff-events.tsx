import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiFile } from '../../api/client';
import { staffEventsQueryOptions } from '../../api/team';
import { formatInstant } from '../../components/format';
import { saveFile } from '../../components/save-file';
import { auditSentence } from '../../domain/audit-text';
import { ScrollRegion } from '../../components/scroll-region';
import { FormAlert } from '../../components/form-alert';

/** Downloads the CSV through the one API client (its refusals are problem+json like any other), then saves it. */
async function downloadCsv(): Promise<void> {
  const { blob, filename } = await apiFile('/audit-events/export', { query: { kind: 'staff' } });
  saveFile(blob, filename);
}

/** The Activity page's "Staff and sign-in events": the MSP's audit log of staff administration and sign-ins. */
export function StaffEvents() {
  const events = useQuery(staffEventsQueryOptions());
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  return (
    <div className="staff-events">
      <div className="staff-events__bar">
        <p className="muted">
          Invites, role changes, deactivations, teams, password changes and every sign-in, newest first.
        </p>
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
      <FormAlert message={exportError ?? events.error?.message} />
      {events.isPending ? (
        <p role="status">Loading staff and sign-in events…</p>
      ) : events.data && events.data.items.length === 0 ? (
        <p className="muted">No staff or sign-in events yet.</p>
      ) : events.data ? (
        <ScrollRegion label="Staff and sign-in events">
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
        </ScrollRegion>
      ) : null}
    </div>
  );
}
