import { useId, useState } from 'react';
import type { BoardFind } from '../../api/accounts';
import { exportBillingCsv, exportBoardCsv } from '../../api/bulk';
import { useMay } from '../../api/permissions';
import { Dialog } from '../../components/dialog';
import { saveFile } from '../../components/save-file';
import type { BoardStatus } from '../../domain/account-status';

type Download = () => Promise<{ blob: Blob; filename: string }>;

function useDownload() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (make: Download) => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await make();
      saveFile(blob, filename);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The file could not be made.');
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, download };
}

/** "Export CSV" of exactly what the board shows; on Paid, the month's billing reconciliation too. */
export function BoardExports({ status, find, asOf }: { status: BoardStatus; find: BoardFind; asOf: string }) {
  const { busy, error, download } = useDownload();
  const may = useMay();
  if (!may('export')) return null;
  return (
    <div className="board-exports">
      <button
        type="button"
        className="button button--small"
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={() => void download(() => exportBoardCsv(status, find))}
      >
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {status === 'paid' && may('view-billing') ? <BillingExportDialog asOf={asOf} /> : null}
      {error ? (
        <p role="alert" className="board-exports__error">
          Export failed: {error}
        </p>
      ) : null}
    </div>
  );
}

function BillingExportDialog({ asOf }: { asOf: string }) {
  const [open, setOpen] = useState(false);
  const thisMonth = asOf.slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const { busy, error, download } = useDownload();
  const id = useId();
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Billing reconciliation"
      description="One row per paid account (and per account charged in the month since cancelled): seats, monitored users, the month's charges by kind and the next invoice. A charge belongs to the month its history entry is dated in (UTC)."
      trigger={
        <button type="button" className="button button--small">
          Billing CSV…
        </button>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void download(() => exportBillingCsv(month)).then((saved) => saved && setOpen(false));
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={id}>
            Month
          </label>
          <input
            id={id}
            className="field__input"
            type="month"
            required
            min="2000-01"
            max={thisMonth}
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="field__error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
            {busy ? 'Preparing…' : 'Download CSV'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
