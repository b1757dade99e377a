import type { Account } from '../../api/contract';
import { monthsAfter } from '../../domain/billing-period';
import { minimumSeats } from '../../domain/lifecycle/lifecycle-rules';
import { formatDay, formatMoney, plural } from '../../components/format';
import { ActionDialog, ActionForm, type ActionBody } from './action-dialog';
import { SeatsField, useSeatsInput } from './seats-field';
import { usePricePerSeat } from './use-price';

interface Props {
  account: Account;
  asOf: string;
  small?: boolean;
}

export function UpgradeDialog({ account, asOf, small }: Props) {
  return (
    <ActionDialog
      account={account}
      action="upgrade"
      small={small}
      description={`${account.organizationName} becomes a paid subscription today, billed monthly from today.`}
    >
      {(body) => <UpgradeForm body={body} account={account} asOf={asOf} />}
    </ActionDialog>
  );
}

function UpgradeForm({ body, account, asOf }: Props & { body: ActionBody }) {
  const input = useSeatsInput(String(Math.max(1, account.monitoredUsers)), account.monitoredUsers);
  const price = usePricePerSeat();
  const seats = input.seats;

  return (
    <ActionForm
      body={body}
      confirmLabel="Upgrade"
      onSubmit={() => {
        input.check();
        if (seats !== null) body.submit({ action: 'upgrade', seats });
      }}
    >
      <SeatsField
        input={input}
        error={input.error ?? body.problem.fields.seats}
        hint={`At least ${plural(minimumSeats(account), 'seat', 'seats')}: it monitors ${plural(account.monitoredUsers, 'user', 'users')}.`}
      />
      {seats !== null ? (
        <dl className="action-preview" aria-live="polite">
          <div>
            <dt>First month charged now</dt>
            <dd className="numeric">{formatMoney(seats * price)}</dd>
          </div>
          <div>
            <dt>Renews on</dt>
            <dd className="numeric">{formatDay(monthsAfter(asOf, 1))}</dd>
          </div>
        </dl>
      ) : null}
    </ActionForm>
  );
}
