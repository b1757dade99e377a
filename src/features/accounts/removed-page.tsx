import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { endedAccountsQueryOptions } from '../../api/accounts';
import { accountRules } from '../../domain/account-rules';
import { daysBetween } from '../../domain/calendar';
import { formatCount, formatDay, plural } from '../../components/format';
import { StatusPanel } from '../../components/status-panel';
import { AccountActions } from './account-action-list';
import { AccountStatusBadge } from './account-status-badge';
import './removed-page.css';
import { ScrollRegion } from '../../components/scroll-region';

/** Removed trials and cancelled subscriptions, in their last days before they are deleted for good. */
export function RemovedPage() {
  const query = useSuspenseInfiniteQuery(endedAccountsQueryOptions());
  const first = query.data.pages[0]!;
  const accounts = query.data.pages.flatMap((page) => page.items);
  const asOf = first.asOf;

  return (
    <section className="page">
      <header>
        <h1>Removed and cancelled</h1>
        <p className="muted">
          Each waits {accountRules.retentionDays} days before it is deleted for good. Removed trials can be restored;
          the data of both can be downloaded.{' '}
          <span className="numeric">{plural(first.total, 'account', 'accounts')}</span>.
        </p>
      </header>
      {accounts.length === 0 ? (
        <StatusPanel tone="empty" title="Nothing removed or cancelled">
          Expired trials you remove and subscriptions that end after a cancellation wait here before they are deleted.
        </StatusPanel>
      ) : (
        <ScrollRegion label="Removed and cancelled accounts">
          <table className="data-table ended-table">
            <caption className="visually-hidden">Removed and cancelled accounts</caption>
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col">Status</th>
                <th scope="col">Ended</th>
                <th scope="col">Deleted for good on</th>
                <th scope="col" className="data-table__number">
                  Days left
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.accountNumber}>
                  <th scope="row" className="ended-table__company">
                    <Link to="/accounts/$accountNumber" params={{ accountNumber: account.accountNumber }}>
                      {account.organizationName}
                    </Link>
                    <span className="data-table__account-number">{account.accountNumber}</span>
                  </th>
                  <td>
                    <AccountStatusBadge account={account} />
                  </td>
                  <td className="numeric">{account.endedOn ? formatDay(account.endedOn) : '—'}</td>
                  <td className="numeric">{account.deleteAfter ? formatDay(account.deleteAfter) : '—'}</td>
                  <td className="data-table__number numeric">
                    {account.deleteAfter ? formatCount(Math.max(0, daysBetween(asOf, account.deleteAfter))) : '—'}
                  </td>
                  <td className="ended-table__actions">
                    <AccountActions account={account} asOf={asOf} small />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {query.hasNextPage ? (
        <div className="paged-more">
          <button
            type="button"
            className="button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
    </section>
  );
}
