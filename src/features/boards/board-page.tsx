import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { boardQueryOptions } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';
import { StatusPanel } from '../../components/status-panel';
import { AccountCards, type RenderActions } from './account-cards';
import { AccountsTable } from './accounts-table';
import { BoardExports } from './board-exports';
import { BoardHeader } from './board-header';
import { BulkActionBar } from './bulk-action-bar';
import { BulkSelectable } from './bulk-selectable';
import { BoardPending } from './board-pending';
import { isNarrowed } from './board-find-search';
import { BoardToolbar } from './board-toolbar';
import { boardFor } from './boards';
import { bulkActionBoards, bulkActionPermissions, bulkActions } from '../../api/bulk-contract';
import { useMay } from '../../api/permissions';
import { useBulkSelection } from '../../stores/bulk-selection-store';
import { useBoardFind } from './use-board-find';
import { LoadMore } from './load-more';
import { useBoardView } from './use-board-view';
import { ViewToggle } from './view-toggle';
import './boards.css';

export function BoardPage({ status, renderActions }: { status: BoardStatus; renderActions?: RenderActions }) {
  const board = boardFor(status);
  const [view, setView] = useBoardView();
  const { find } = useBoardFind(status);
  // Not suspense: a new search keeps the last results on screen until its own arrive.
  const query = useInfiniteQuery({ ...boardQueryOptions(status, find), placeholderData: keepPreviousData });
  // The search typed in the box and on its way: the URL, and so `find`, moves to it only once it is answered,
  // and the board is busy until then. Read against `find`, so that the render drawing the answer is no longer busy.
  const [askedQ, setAskedQ] = useState<string | null>(null);
  // A selection belongs to one board and one search and filters (the sort aside): another starts it afresh.
  const { sort: _sort, ...narrowing } = find;
  const selectionScope = JSON.stringify([status, narrowing]);
  const enterScope = useBulkSelection((state) => state.enterScope);
  useEffect(() => enterScope(selectionScope), [enterScope, selectionScope]);
  const may = useMay();
  const selectable = bulkActions.some(
    (action) => bulkActionBoards[action].includes(status) && may(bulkActionPermissions[action]),
  );
  // The same array while the pages are the same: a search's placeholder render (the previous results kept on
  // screen, marked busy) then leaves the cards or rows alone (memo) instead of laying them out again, which in
  // the pause's task held up the new search's request on its way through MSW (issue 7).
  const accounts = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  if (!query.data) {
    if (query.error) throw query.error;
    return <BoardPending status={status} />;
  }
  const first = query.data.pages[0]!;
  const asOf = first.asOf;
  const busy = query.isPlaceholderData || (askedQ !== null && askedQ !== (find.q ?? ''));

  return (
    <BulkSelectable.Provider value={selectable}>
      <section className="board" aria-busy={busy || undefined}>
        <BoardHeader
          board={board}
          stats={{
            total: first.total,
            monitoredUsers: first.monitoredUsersTotal,
            boardTotal: isNarrowed(find) ? first.boardTotal : undefined,
          }}
        >
          <BoardExports status={status} find={find} asOf={asOf} />
          <ViewToggle view={view} onChange={setView} />
        </BoardHeader>
        <BoardToolbar status={status} searching={busy} onSearchAsked={setAskedQ} />
        <BulkActionBar status={status} find={find} total={first.total} />
        {accounts.length === 0 ? (
          isNarrowed(find) ? (
            <StatusPanel tone="empty" title="No accounts match">
              Try other words or fewer filters.
            </StatusPanel>
          ) : (
            <StatusPanel tone="empty" title={board.emptyTitle}>
              {board.emptyText}
            </StatusPanel>
          )
        ) : view === 'cards' ? (
          <AccountCards
            accounts={accounts}
            asOf={asOf}
            total={first.total}
            label={board.title}
            renderActions={renderActions}
          />
        ) : (
          <AccountsTable
            board={board}
            accounts={accounts}
            asOf={asOf}
            total={first.total}
            monitoredUsersTotal={first.monitoredUsersTotal}
            renderActions={renderActions}
          />
        )}
        <LoadMore
          shown={accounts.length}
          total={first.total}
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          failed={query.isFetchNextPageError}
          onLoadMore={() => {
            if (!query.isFetchingNextPage) void query.fetchNextPage();
          }}
        />
      </section>
    </BulkSelectable.Provider>
  );
}
