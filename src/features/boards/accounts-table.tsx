import { useQuery } from '@tanstack/react-query';
import { memo, useRef, type CSSProperties } from 'react';
import { summaryQueryOptions } from '../../api/accounts';
import type { Account } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { formatCount, plural } from '../../components/format';
import { listColumns, type ListColumn } from './account-columns';
import { AccountRow } from './account-row';
import type { RenderActions } from './account-cards';
import type { BoardDefinition } from './boards';
import { useWindowRows } from './use-window-rows';

interface AccountsTableProps {
  board: BoardDefinition;
  accounts: Account[];
  asOf: string;
  /** The whole board's figures, from the server: not only the rows loaded. */
  total: number;
  monitoredUsersTotal: number;
  renderActions?: RenderActions;
}

/** A row before it is measured; a phone's stacked rows are taller and are measured as they render. */
const rowEstimate = 64;

/**
 * The board as a table, drawn a row at a time as the page scrolls. An ARIA table of CSS grid rows rather than a
 * <table>: rows can then stack on a phone, and the table says how many rows it has in all (aria-rowcount) and
 * where each drawn row stands (aria-rowindex), so a screen reader counts the whole board, not the rows drawn.
 */
export const AccountsTable = memo(function AccountsTable({
  board,
  accounts,
  asOf,
  total,
  monitoredUsersTotal,
  renderActions,
}: AccountsTableProps) {
  const summary = useQuery(summaryQueryOptions());
  const pricePerSeatCents = summary.data?.pricePerSeatCents || accountRules.pricePerSeatCents;
  const columns = listColumns[board.status];
  // Header, the board's accounts, footer.
  const rowCount = total + 2;
  const layout = { '--list-columns': columns.length } as CSSProperties;
  return (
    <div
      className="accounts-table"
      role="table"
      aria-label={board.title}
      aria-rowcount={rowCount}
      data-board={board.status}
      style={layout}
    >
      <div role="rowgroup" className="accounts-table__head">
        <div role="row" aria-rowindex={1} className="accounts-table__row">
          <span role="columnheader" className="accounts-table__cell">
            Company
          </span>
          <span role="columnheader" className="accounts-table__cell">
            Status
          </span>
          {columns.map((column) => (
            <span
              role="columnheader"
              key={column.key}
              className={`accounts-table__cell${column.numeric ? ' accounts-table__cell--number' : ''}`}
            >
              {column.header}
            </span>
          ))}
          <span role="columnheader" className="accounts-table__cell accounts-table__cell--actions">
            <span className="visually-hidden">Actions</span>
          </span>
        </div>
      </div>
      <AccountsTableBody
        accounts={accounts}
        asOf={asOf}
        columns={columns}
        pricePerSeatCents={pricePerSeatCents}
        renderActions={renderActions}
      />
      <div role="rowgroup" className="accounts-table__foot">
        <div role="row" aria-rowindex={rowCount} className="accounts-table__row accounts-table__total">
          <span role="rowheader" className="accounts-table__cell">
            Total monitored users <span className="muted">({plural(total, 'account', 'accounts')} on this board)</span>
          </span>
          <span role="cell" className="accounts-table__cell numeric" data-testid="board-users-total">
            {formatCount(monitoredUsersTotal)}
          </span>
        </div>
      </div>
    </div>
  );
});

interface AccountsTableBodyProps {
  accounts: Account[];
  asOf: string;
  columns: readonly ListColumn[];
  pricePerSeatCents: number;
  renderActions?: RenderActions;
}

/**
 * The rows between the header and the total. Its own component, so that a scroll step draws only it: the table
 * around it (header, total, the summary query) is not drawn again as the rows in view change.
 */
const AccountsTableBody = memo(function AccountsTableBody({
  accounts,
  asOf,
  columns,
  pricePerSeatCents,
  renderActions,
}: AccountsTableBodyProps) {
  const body = useRef<HTMLDivElement>(null);
  const rows = useWindowRows(body, { count: accounts.length, estimate: rowEstimate });
  return (
    <div role="rowgroup" ref={body} style={rows.spacers}>
      {rows.items.map((item) => (
        <AccountRow
          key={accounts[item.index]!.accountNumber}
          account={accounts[item.index]!}
          index={item.index}
          asOf={asOf}
          columns={columns}
          pricePerSeatCents={pricePerSeatCents}
          measure={rows.measure}
          renderActions={renderActions}
        />
      ))}
    </div>
  );
});
