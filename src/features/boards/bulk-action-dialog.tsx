import { useId, useState } from 'react';
import type { BulkAction } from '../../api/bulk-contract';
import { Dialog } from '../../components/dialog';
import { formatCount, plural } from '../../components/format';
import { accountRules } from '../../domain/account-rules';
import { bulkWording as wording } from './bulk-wording';
import { useBulkRun, type BulkRun, type BulkTarget } from './use-bulk-run';

interface Props {
  action: BulkAction;
  count: number;
  target: () => BulkTarget;
  /** Called once the run is over and the dialog closes. */
  onFinished: () => void;
}

/** Confirm a bulk action, follow its progress, and read its outcome account by account. */
export function BulkActionDialog({ action, count: selectedCount, target, onFinished }: Props) {
  const [open, setOpen] = useState(false);
  // The count as the dialog opened: the run itself changes the board (and so "all matching") under it.
  const [openedWith, setOpenedWith] = useState(selectedCount);
  const count = open ? openedWith : selectedCount;
  const [days, setDays] = useState<number>(accountRules.trialExtensionDays[0]);
  const { run, start, stop, reset } = useBulkRun();
  const words = wording[action];
  const title = `${words.verb} ${plural(count, action === 'removeExpired' ? 'expired trial' : 'trial', action === 'removeExpired' ? 'expired trials' : 'trials')}`;
  const daysId = useId();

  const onOpenChange = (next: boolean) => {
    if (next) setOpenedWith(selectedCount);
    if (!next && run.phase === 'running') stop();
    if (!next && run.phase === 'done') {
      reset();
      onFinished();
    }
    setOpen(next);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={words.description}
      trigger={
        <button type="button" className="button button--small" disabled={selectedCount === 0}>
          {words.button}
        </button>
      }
    >
      {run.phase === 'idle' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start(action, action === 'extendTrial' ? days : undefined, target());
          }}
        >
          {action === 'extendTrial' ? (
            <fieldset className="bulk-days" aria-describedby={daysId}>
              <legend className="field__label">Extend by</legend>
              {accountRules.trialExtensionDays.map((length) => (
                <label key={length} className="bulk-days__choice">
                  <input
                    type="radio"
                    name="days"
                    value={length}
                    checked={days === length}
                    onChange={() => setDays(length)}
                  />
                  {length} days
                </label>
              ))}
              <p id={daysId} className="visually-hidden">
                The same length for every selected trial.
              </p>
            </fieldset>
          ) : null}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => onOpenChange(false)}>
              Cancel
            </button>
            <button
              type="submit"
              className={`button ${action === 'removeExpired' ? 'button--danger' : 'button--primary'}`}
            >
              {`${words.verb} ${formatCount(count)}`}
            </button>
          </div>
        </form>
      ) : (
        <BulkProgress run={run} done={words.done} onClose={() => onOpenChange(false)} />
      )}
    </Dialog>
  );
}

function BulkProgress({ run, done, onClose }: { run: BulkRun; done: string; onClose: () => void }) {
  const progressId = useId();
  return (
    <div className="bulk-progress">
      <label htmlFor={progressId} className="bulk-progress__label">
        {run.phase === 'running' ? 'Working through the accounts' : 'Finished'}
      </label>
      <progress id={progressId} max={Math.max(run.total, 1)} value={Math.min(run.done, run.total)} />
      <p role="status" className="bulk-progress__count numeric">
        {formatCount(Math.min(run.done, run.total))} of {formatCount(run.total)}
      </p>
      {run.phase === 'done' ? (
        <div className="bulk-outcome">
          <p className="bulk-outcome__summary">
            {plural(run.succeeded.length, 'account', 'accounts')} {done}
            {run.refused.length > 0 ? `; ${formatCount(run.refused.length)} refused` : ''}.
          </p>
          {run.error ? (
            <p role="alert" className="bulk-outcome__error">
              Stopped after {formatCount(run.done)} of {formatCount(run.total)}: {run.error.message} The rest were not
              changed.
            </p>
          ) : null}
          {run.refused.length > 0 ? (
            <>
              <h3 className="bulk-outcome__heading">Refused</h3>
              <ul className="bulk-outcome__refused" aria-label="Refused accounts">
                {run.refused.map((refusal) => (
                  <li key={refusal.accountNumber}>
                    <span className="bulk-outcome__name">{refusal.organizationName ?? refusal.accountNumber}</span>{' '}
                    <span className="muted">({refusal.accountNumber})</span>: {refusal.title}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {run.phase === 'running' ? 'Stop' : 'Close'}
        </button>
      </div>
    </div>
  );
}
