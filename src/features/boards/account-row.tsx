import { memo } from 'react';
import type { Account } from '../../api/contract';
import { AccountLink } from './account-link';
import { accountFacts } from './account-facts';
import type { ListColumn } from './account-columns';
import { StatusBadge } from './account-bits';
import type { RenderActions } from './account-cards';
import { SelectAccountCheckbox } from './select-account-checkbox';

interface AccountRowProps {
  account: Account;
  /** Its place among the loaded accounts: the row's aria-rowindex is this + 2 (after the header row). */
  index: number;
  asOf: string;
  columns: readonly ListColumn[];
  pricePerSeatCents: number;
  measure: (element: Element | null) => void;
  renderActions?: RenderActions;
}

/**
 * One account as a row of the list. Memoized: as the page scrolls only the rows coming into view render, not every
 * row on screen (each holds an actions menu and its dialogs).
 */
export const AccountRow = memo(function AccountRow({
  account,
  index,
  asOf,
  columns,
  pricePerSeatCents,
  measure,
  renderActions,
}: AccountRowProps) {
  const view = accountFacts(account, asOf);
  const context = { asOf, pricePerSeatCents };
  return (
    <div
      role="row"
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className="accounts-table__row"
      data-warning={view.warning ? 'true' : undefined}
    >
      <span role="rowheader" className="accounts-table__cell accounts-table__company">
        <SelectAccountCheckbox account={account} />
        <AccountLink
          accountNumber={account.accountNumber}
          className="accounts-table__name"
          title={account.organizationName}
        >
          {account.organizationName}
        </AccountLink>
        <span className="data-table__account-number">{account.accountNumber}</span>
        <span className="accounts-table__email" title={account.email}>
          {account.email}
        </span>
      </span>
      <span role="cell" className="accounts-table__cell accounts-table__status">
        <StatusBadge {...view.badge} />
      </span>
      {columns.map((column) => (
        <span
          role="cell"
          key={column.key}
          className={`accounts-table__cell numeric${column.numeric ? ' accounts-table__cell--number' : ''}`}
        >
          {/* The column's name beside the value where rows stack (a phone); the header says it elsewhere. */}
          <span className="accounts-table__label" aria-hidden="true">
            {column.header}
          </span>
          <span className="accounts-table__value">{column.cell(account, context)}</span>
        </span>
      ))}
      <span role="cell" className="accounts-table__cell accounts-table__cell--actions">
        {renderActions?.(account, asOf, 'row')}
      </span>
    </div>
  );
});
