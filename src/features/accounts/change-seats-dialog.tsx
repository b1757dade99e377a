import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { seatChangePreviewQueryOptions } from '../../api/accounts';
import type { Account } from '../../api/contract';
import { formatCount, plural } from '../../components/format';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { ActionDialog, ActionForm, type ActionBody } from './action-dialog';
import { problemOf } from './problem-of';
import { SeatChangePreviewText } from './seat-change-preview';
import { SeatsField, useSeatsInput } from './seats-field';

interface Props {
  account: Account;
  small?: boolean;
}

export function ChangeSeatsDialog({ account, small }: Props) {
  return (
    <ActionDialog
      account={account}
      action="changeSeats"
      small={small}
      description="More seats apply now, charged for the rest of this period. Fewer seats apply from the next period, with no refund."
    >
      {(body) => <ChangeSeatsForm body={body} account={account} />}
    </ActionDialog>
  );
}

function ChangeSeatsForm({ body, account }: Props & { body: ActionBody }) {
  const current = account.seats ?? 0;
  const input = useSeatsInput(String(account.pendingSeats ?? current), account.monitoredUsers);
  const wanted = input.seats;
  // The preview comes from the API, by the very rule it applies; asked once typing settles.
  const settled = useDebouncedValue(wanted, 250);
  const preview = useQuery({
    ...seatChangePreviewQueryOptions(account.accountNumber, settled ?? current),
    enabled: settled !== null && settled === wanted,
    placeholderData: keepPreviousData,
  });
  const previewProblem = preview.isError ? problemOf(preview.error) : null;
  const previewError = previewProblem?.fields.seats;
  // Confirming waits for the preview of exactly these seats: the user sees the charge before agreeing to it.
  const previewed = wanted !== null && preview.data?.newSeats === wanted && !preview.isPlaceholderData;
  const nothingToDo = preview.data?.effective === 'no-change' && account.pendingSeats === null;
  const error = input.error ?? body.problem.fields.seats ?? previewError;

  return (
    <ActionForm
      body={body}
      confirmLabel="Change seats"
      confirmDisabled={!previewed || nothingToDo}
      onSubmit={() => {
        input.check();
        if (wanted !== null) body.submit({ action: 'changeSeats', seats: wanted });
      }}
    >
      <SeatsField
        input={input}
        error={error}
        hint={`Now ${plural(current, 'seat', 'seats')}, ${formatCount(account.monitoredUsers)} in use.`}
      />
      <div className="action-preview-region" aria-live="polite">
        {preview.data && wanted !== null && !error ? (
          <SeatChangePreviewText preview={preview.data} stale={preview.data.newSeats !== wanted} />
        ) : null}
        {previewProblem?.form ? (
          <p className="field__hint">
            The charge could not be previewed: {previewProblem.form.title}. Change the number to try again.
          </p>
        ) : null}
      </div>
    </ActionForm>
  );
}
