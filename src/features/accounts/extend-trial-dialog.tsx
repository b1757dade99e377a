import { useId, useState } from 'react';
import type { Account } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { trialExtensionsThatFit } from '../../domain/lifecycle/allowed-actions';
import { extendedTrialEnd, trialCap } from '../../domain/lifecycle/lifecycle-rules';
import { formatDay } from '../../components/format';
import { ActionDialog, ActionForm, type ActionBody } from './action-dialog';

interface Props {
  account: Account;
  asOf: string;
  small?: boolean;
}

export function ExtendTrialDialog({ account, asOf, small }: Props) {
  return (
    <ActionDialog
      account={account}
      action="extendTrial"
      small={small}
      description={`Counted from the later of today and the trial's end. A trial runs at most ${accountRules.maxTrialDays} days from its creation.`}
    >
      {(body) => <ExtendForm body={body} account={account} asOf={asOf} />}
    </ActionDialog>
  );
}

function ExtendForm({ body, account, asOf }: Props & { body: ActionBody }) {
  const fits = trialExtensionsThatFit(account, asOf);
  const [days, setDays] = useState<number | undefined>(fits[0]);
  const id = useId();
  const cap = formatDay(trialCap(account));
  const error = body.problem.fields.days;

  return (
    <ActionForm
      body={body}
      confirmLabel="Extend"
      onSubmit={() => {
        if (days !== undefined) body.submit({ action: 'extendTrial', days });
      }}
    >
      <fieldset
        className="choice-group"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="field__label">Extend by</legend>
        {accountRules.trialExtensionDays.map((length) => {
          const fit = fits.includes(length);
          return (
            <label key={length} className="choice" data-disabled={fit ? undefined : 'true'}>
              <input
                type="radio"
                name="days"
                value={length}
                checked={days === length}
                disabled={!fit}
                onChange={() => setDays(length)}
                aria-describedby={fit ? undefined : `${id}-cap`}
              />
              <span className="choice__label">{length} days</span>
              <span className="choice__hint numeric">
                {fit ? `until ${formatDay(extendedTrialEnd(account, length, asOf))}` : `past the ${cap} limit`}
              </span>
            </label>
          );
        })}
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </fieldset>
      <p className="field__hint" id={`${id}-cap`}>
        The trial cannot run past {cap}.
      </p>
      {days !== undefined ? (
        <dl className="action-preview" aria-live="polite">
          <div>
            <dt>New trial end</dt>
            <dd className="numeric">{formatDay(extendedTrialEnd(account, days, asOf))}</dd>
          </div>
        </dl>
      ) : null}
    </ActionForm>
  );
}
