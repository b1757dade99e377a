import { Link } from '@tanstack/react-router';
import type { Account } from '../../api/contract';
import { formatCount, plural } from '../../components/format';
import { accountFacts } from './account-facts';
import { OpenAccountLink, StatusBadge } from './account-bits';
import type { RenderActions } from './account-cards';
import { SelectAccountCheckbox } from './select-account-checkbox';
import type { BoardDefinition } from './boards';

interface AccountsTableProps {
  board: BoardDefinition;
  accounts: Account[];
  asOf: string;
  /** The whole board's figures, from the server: not only the rows loaded. */
  total: number;
  monitoredUsersTotal: number;
  renderActions?: RenderActions;
}

export function AccountsTable({
  board,
  accounts,
  asOf,
  total,
  monitoredUsersTotal,
  renderActions,
}: AccountsTableProps) {
  const factTerms = accounts[0] ? accountFacts(accounts[0], asOf).facts.map((fact) => fact.term) : [];
  return (
    <div className="table-scroll">
      <table className="data-table accounts-table">
        <caption className="visually-hidden">{board.title}</caption>
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col" className="data-table__number">
              Monitored users
            </th>
            {factTerms.map((term) => (
              <th scope="col" key={term} className="data-table__number">
                {term}
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const view = accountFacts(account, asOf);
            return (
              <tr key={account.accountNumber} data-warning={view.warning ? 'true' : undefined}>
                <th scope="row" className="accounts-table__company">
                  <SelectAccountCheckbox account={account} />
                  <Link
                    to="/accounts/$accountNumber"
                    params={{ accountNumber: account.accountNumber }}
                    className="accounts-table__name"
                    title={account.organizationName}
                  >
                    {account.organizationName}
                  </Link>
                  <span className="data-table__account-number">{account.accountNumber}</span>
                  {/* Under the name rather than a column of its own: on a laptop the actions need the room. */}
                  <span className="accounts-table__email" title={account.email}>
                    {account.email}
                  </span>
                </th>
                <td className="data-table__number numeric">{formatCount(account.monitoredUsers)}</td>
                {view.facts.map((fact) => (
                  <td key={fact.term} className="data-table__number numeric">
                    {fact.value}
                  </td>
                ))}
                <td>
                  <StatusBadge {...view.badge} />
                  {view.warning ? <span className="accounts-table__warning">{view.warning}</span> : null}
                  {view.note ? <span className="accounts-table__note">{view.note}</span> : null}
                </td>
                <td className="accounts-table__actions">
                  <div className="accounts-table__action-row">
                    {renderActions?.(account, asOf)}
                    <OpenAccountLink href={account.consoleUrl} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              Total monitored users{' '}
              <span className="muted">({plural(total, 'account', 'accounts')} on this board)</span>
            </th>
            <td className="data-table__number numeric" data-testid="board-users-total">
              {formatCount(monitoredUsersTotal)}
            </td>
            <td colSpan={factTerms.length + 2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
