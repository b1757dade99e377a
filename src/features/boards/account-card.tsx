import { useId, type ReactNode } from 'react';
import type { Account } from '../../api/contract';
import { accountFacts } from './account-facts';
import { AccountLink } from './account-link';
import { OpenAccountLink, SeatMeter, StatusBadge } from './account-bits';
import { SelectAccountCheckbox } from './select-account-checkbox';

/** One account as a card: its name heads it and names the article. */
export function AccountCard({ account, asOf, actions }: { account: Account; asOf: string; actions?: ReactNode }) {
  const headingId = useId();
  const view = accountFacts(account, asOf);
  return (
    <article className="account-card surface-card" aria-labelledby={headingId} data-testid="account-card">
      <header className="account-card__header">
        <SelectAccountCheckbox account={account} />
        <div className="account-card__identity">
          <h2 id={headingId} className="account-card__name" title={account.organizationName}>
            <AccountLink accountNumber={account.accountNumber}>{account.organizationName}</AccountLink>
          </h2>
          <p className="account-card__number">{account.accountNumber}</p>
        </div>
        <StatusBadge {...view.badge} />
      </header>
      <dl className="account-card__facts">
        <div>
          <dt>Monitored users</dt>
          <dd className="numeric">{view.monitoredUsers}</dd>
        </div>
        {view.facts.map((fact) => (
          <div key={fact.term}>
            <dt>{fact.term}</dt>
            <dd className="numeric">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {view.seatUse ? <SeatMeter {...view.seatUse} /> : null}
      {view.warning ? (
        <p className="account-card__warning">
          <span aria-hidden="true">⚠ </span>
          {view.warning}
        </p>
      ) : null}
      {view.note ? <p className="account-card__note">{view.note}</p> : null}
      <footer className="account-card__footer">
        <span className="account-card__email" title={account.email}>
          {account.email}
        </span>
        <OpenAccountLink href={account.consoleUrl} />
      </footer>
      {actions ? <div className="account-card__actions">{actions}</div> : null}
    </article>
  );
}
