import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { boardQueryOptions } from '../../api/accounts';
import type { BoardStatus } from '../../domain/account-status';
import { StatusPanel } from '../../components/status-panel';
import { AccountCards, type RenderActions } from './account-cards';
import { AccountsTable } from './accounts-table';
import { BoardHeader } from './board-header';
import { BoardPending } from './board-pending';
import { isNarrowed } from './board-find-search';
import { BoardToolbar } from './board-toolbar';
import { boardFor } from './boards';
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
  if (!query.data) {
    if (query.error) throw query.error;
    return <BoardPending status={status} />;
  }
  const first = query.data.pages[0]!;
  const accounts = query.data.pages.flatMap((page) => page.items);
  const asOf = first.asOf;

  return (
    <section className="board" aria-busy={query.isPlaceholderData || undefined}>
      <BoardHeader
        board={board}
        stats={{
          total: first.total,
          monitoredUsers: first.monitoredUsersTotal,
          boardTotal: isNarrowed(find) ? first.boardTotal : undefined,
        }}
      >
        <ViewToggle view={view} onChange={setView} />
      </BoardHeader>
      <BoardToolbar status={status} />
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
  );
}
