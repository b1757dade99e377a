import { useState } from 'react';
import type { Account } from '../../api/contract';
import { monthsAfter } from '../../domain/billing-period';
import { minimumSeats } from '../../domain/lifecycle/lifecycle-rules';
import { formatDay, formatMoney, plural } from '../../components/format';
import { TextField } from '../../components/text-field';
import { ActionDialog, ActionForm, type ActionBody } from './action-dialog';
import { readSeats } from './seats-input';
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
  const [text, setText] = useState(String(Math.max(1, account.monitoredUsers)));
  const [checked, setChecked] = useState(false);
  const price = usePricePerSeat();
  const read = readSeats(text, account.monitoredUsers);
  const error = ('error' in read && (checked || !read.empty) ? read.error : undefined) ?? body.problem.fields.seats;

  return (
    <ActionForm
      body={body}
      confirmLabel="Upgrade"
      onSubmit={() => {
        setChecked(true);
        if ('seats' in read) body.submit({ action: 'upgrade', seats: read.seats });
      }}
    >
      <TextField
        label="Seats"
        name="seats"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
        hint={`At least ${plural(minimumSeats(account), 'seat', 'seats')}: it monitors ${plural(account.monitoredUsers, 'user', 'users')}.`}
      />
      {'seats' in read ? (
        <dl className="action-preview" aria-live="polite">
          <div>
            <dt>First month charged now</dt>
            <dd className="numeric">{formatMoney(read.seats * price)}</dd>
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
