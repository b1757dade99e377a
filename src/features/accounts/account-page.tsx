import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { accountHistoryQueryOptions, accountQueryOptions, summaryQueryOptions } from '../../api/accounts';
import { AccountActions } from './account-action-list';
import { AccountAssignments } from './account-assignments';
import { AccountTeams } from './account-teams';
import { CancellationNotice, PendingSeatsNotice, UsageLimitNotice } from './account-notices';
import { accountPageFacts } from './account-page-facts';
import { AccountStatusBadge } from './account-status-badge';
import { PagedHistory } from './paged-history';
import './account-page.css';

const route = getRouteApi('/_authenticated/accounts/$accountNumber');

/** One account: every fact about it, what can be done to it now, and everything done to it so far. */
export function AccountPage() {
  const { accountNumber } = route.useParams();
  const { data: account } = useSuspenseQuery(accountQueryOptions(accountNumber));
  // The server's today: days left and which actions fit are counted from it, not from this browser's clock.
  const { asOf } = useSuspenseQuery(summaryQueryOptions()).data;
  const facts = accountPageFacts(account, asOf);
  const history = useInfiniteQuery(accountHistoryQueryOptions(accountNumber));

  return (
    <article className="account-page" aria-labelledby="account-page-title">
      <header className="page-header">
        <div className="account-page__identity">
          <p className="account-page__number">Account {account.accountNumber}</p>
          <h1 id="account-page-title">{account.organizationName}</h1>
          <AccountStatusBadge account={account} />
        </div>
        <div className="account-page__tools">
          <AccountActions account={account} asOf={asOf} omit={['resume']} />
          {account.status !== 'removed' && account.status !== 'cancelled' ? (
            <a className="button" href={account.consoleUrl} target="_blank" rel="noreferrer">
              Open account
            </a>
          ) : null}
        </div>
      </header>

      <CancellationNotice account={account} asOf={asOf} />
      <PendingSeatsNotice account={account} />
      <UsageLimitNotice account={account} />

      <section className="account-page__section" aria-labelledby="account-facts-title">
        <h2 id="account-facts-title">Facts</h2>
        <dl className="account-facts surface-card">
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd className={fact.numeric ? 'numeric' : undefined}>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <AccountAssignments accountNumber={account.accountNumber} />
      <AccountTeams accountNumber={account.accountNumber} />

      <section className="account-page__section" aria-labelledby="account-history-title">
        <h2 id="account-history-title">History</h2>
        <PagedHistory
          history={history}
          caption={`History of ${account.organizationName}`}
          emptyText="Nothing has changed on this account yet"
        />
      </section>

      <p>
        <Link to={backTo(account.status)}>Back to {backLabel(account.status)}</Link>
      </p>
    </article>
  );
}

const backTargets = {
  paid: ['/paid', 'Paid Subscriptions'],
  trial: ['/trials', 'Active Trials'],
  expired: ['/expired', 'Expired Trials'],
  removed: ['/removed', 'Removed and cancelled'],
  cancelled: ['/removed', 'Removed and cancelled'],
} as const;

function backTo(status: keyof typeof backTargets) {
  return backTargets[status][0];
}

function backLabel(status: keyof typeof backTargets) {
  return backTargets[status][1];
}
