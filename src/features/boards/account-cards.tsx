import { memo, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Account } from '../../api/contract';
import { AccountCard } from './account-card';
import { columnsFor, guessCardColumns } from './card-columns';
import { useWindowRows } from './use-window-rows';

/**
 * Renders an account's actions; the route passes it in, so the boards need not know the actions feature. A card
 * shows them as buttons, a list row as one menu.
 */
export type RenderActions = (account: Account, asOf: string, layout: 'card' | 'row') => ReactNode;

/** A row of cards before it is measured: a card with its facts, footer and a row of actions. */
const rowEstimate = 260;
/**
 * Rows drawn beyond the screen on either side. A row of cards is about 260 px, so two are more than half a screen
 * each way; the default four drew 16 more cards at 1440 px than two do, all rendered on a board's first paint and
 * on every board switch (issue 9: board switch under 200 ms at 50,000 accounts).
 */
const cardRowsOverscan = 2;

/**
 * The cards in a responsive grid, drawn a row at a time as the page scrolls. A list of cards to assistive
 * technology, each saying where it stands among all the board's accounts ("3 of 5,000").
 */
export const AccountCards = memo(function AccountCards({
  accounts,
  asOf,
  total,
  label,
  renderActions,
}: {
  accounts: Account[];
  asOf: string;
  /** The whole board's count: the loaded cards are only the first of them. */
  total: number;
  label: string;
  renderActions?: RenderActions;
}) {
  // The columns the grid will have, guessed from the window: the first render draws the rows it keeps.
  const [columns, setColumns] = useState(() => guessCardColumns(accounts.length, rowEstimate));
  const container = useRef<HTMLDivElement>(null);
  const rows = useWindowRows(container, {
    count: Math.ceil(accounts.length / columns),
    estimate: rowEstimate,
    overscan: cardRowsOverscan,
  });
  const { width, remeasure } = rows;
  useLayoutEffect(() => {
    if (width === null) return;
    const next = columnsFor(container.current, width);
    if (next !== columns) {
      setColumns(next);
      // Rows of another width hold other cards: their heights are measured anew.
      remeasure();
    }
  }, [container, width, columns, remeasure]);
  return (
    <div ref={container} className="account-cards" role="list" aria-label={label} style={rows.spacers}>
      {rows.items.map((row) => (
        <CardRow
          key={row.key}
          accounts={accounts.slice(row.index * columns, (row.index + 1) * columns)}
          row={row.index}
          columns={columns}
          asOf={asOf}
          total={total}
          measure={rows.measure}
          renderActions={renderActions}
        />
      ))}
    </div>
  );
});

interface CardRowProps {
  /** The row's own accounts: a new array on every render, so the row compares them one by one (sameRow). */
  accounts: Account[];
  row: number;
  columns: number;
  asOf: string;
  total: number;
  measure: (element: Element | null) => void;
  renderActions?: RenderActions;
}

/**
 * A page arriving makes a new array of all loaded accounts, but the accounts already shown are the same objects:
 * a row whose accounts and the rest are unchanged is not drawn again (issue 9: 5,000 cards, scroll with no long task).
 */
function sameRow(last: CardRowProps, next: CardRowProps): boolean {
  return (
    last.row === next.row &&
    last.columns === next.columns &&
    last.asOf === next.asOf &&
    last.total === next.total &&
    last.measure === next.measure &&
    last.renderActions === next.renderActions &&
    last.accounts.length === next.accounts.length &&
    last.accounts.every((account, index) => account === next.accounts[index])
  );
}

/** One row of cards. Memoized: as the page scrolls, or a page arrives, only the rows coming into view render. */
const CardRow = memo(function CardRow({ accounts, row, columns, asOf, total, measure, renderActions }: CardRowProps) {
  return (
    <div
      ref={measure}
      data-index={row}
      role="presentation"
      className="account-cards__row"
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
    >
      {accounts.map((account, column) => (
        <CardItem
          key={account.accountNumber}
          account={account}
          position={row * columns + column + 1}
          total={total}
          asOf={asOf}
          renderActions={renderActions}
        />
      ))}
    </div>
  );
}, sameRow);

/**
 * One card in the list. Memoized on its own as well: when the columns change, or a row takes another account,
 * the cards that stay the same are not drawn again.
 */
const CardItem = memo(function CardItem({
  account,
  position,
  total,
  asOf,
  renderActions,
}: {
  account: Account;
  position: number;
  total: number;
  asOf: string;
  renderActions?: RenderActions;
}) {
  return (
    <div role="listitem" className="account-cards__item" aria-setsize={total} aria-posinset={position}>
      <AccountCard account={account} asOf={asOf} actions={renderActions?.(account, asOf, 'card')} />
    </div>
  );
});
