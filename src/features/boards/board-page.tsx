import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { boardQueryOptions } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';
import { StatusPanel } from '../../components/status-panel';
import { AccountCards, type RenderActions } from './account-cards';
import { AccountsTable } from './accounts-table';
import { BoardHeader } from './board-header';
import { boardFor } from './boards';
import { LoadMore } from './load-more';
import { useBoardView } from './use-board-view';
import { ViewToggle } from './view-toggle';
import './boards.css';

export function BoardPage({ status, renderActions }: { status: BoardStatus; renderActions?: RenderActions }) {
  const board = boardFor(status);
  const [view, setView] = useBoardView();
  const query = useSuspenseInfiniteQuery(boardQueryOptions(status));
  const first = query.data.pages[0]!;
  const accounts = query.data.pages.flatMap((page) => page.items);
  const asOf = first.asOf;

  return (
    <section className="board">
      <BoardHeader board={board} stats={{ total: first.total, monitoredUsers: first.monitoredUsersTotal }}>
        <ViewToggle view={view} onChange={setView} />
      </BoardHeader>
      {accounts.length === 0 ? (
        <StatusPanel tone="empty" title={board.emptyTitle}>
          {board.emptyText}
        </StatusPanel>
      ) : view === 'cards' ? (
        <AccountCards accounts={accounts} asOf={asOf} renderActions={renderActions} />
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
  );
}
