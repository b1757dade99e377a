import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { HistoryPage } from '../../api/contract';
import { StatusPanel } from '../../components/status-panel';
import { Skeleton } from '../../components/skeleton';
import { HistoryTable } from './history-table';

interface PagedHistoryProps {
  /** An account's history or the fleet's: the same shape, from two endpoints. */
  history: UseInfiniteQueryResult<InfiniteData<HistoryPage>>;
  caption: string;
  showAccount?: boolean;
  emptyText: string;
}

/** A history, a page at a time, with "Load more" for the older entries. */
export function PagedHistory({ history, caption, showAccount, emptyText }: PagedHistoryProps) {
  if (history.isPending)
    return (
      <div aria-busy="true">
        <Skeleton width="100%" height="8rem" />
        <span className="visually-hidden">Loading {caption.toLowerCase()}</span>
      </div>
    );
  if (history.isError)
    return (
      <StatusPanel
        tone="error"
        title={`${caption} could not be loaded`}
        action={
          <button type="button" className="button" onClick={() => void history.refetch()}>
            Retry
          </button>
        }
      >
        {history.error.message}
      </StatusPanel>
    );
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <StatusPanel tone="empty" title={emptyText} />;
  return (
    <>
      <HistoryTable caption={caption} entries={entries} showAccount={showAccount} />
      {history.hasNextPage ? (
        <div className="paged-more">
          <button
            type="button"
            className="button"
            disabled={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            {history.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
      {history.isFetchNextPageError ? <p role="alert">Older entries could not be loaded. Try again.</p> : null}
    </>
  );
}
