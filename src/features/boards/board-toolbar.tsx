import type { BoardStatus } from '../../domain/account-status';
import { isNarrowed } from './board-find-search';
import { BoardFilters } from './board-filters';
import { BoardSearchBox } from './board-search-box';
import { useBoardFind } from './use-board-find';
import '../../components/text-field.css';
import './board-toolbar.css';

/** Search, sort and filters of a board, all kept in its URL. */
export function BoardToolbar({ status, searching = false }: { status: BoardStatus; searching?: boolean }) {
  const { search, find, change } = useBoardFind(status);
  return (
    <div role="search" className="board-toolbar" aria-label="Find accounts">
      <BoardSearchBox value={search.q} searching={searching} onSearch={(q, options) => change({ q }, options)} />
      <BoardFilters status={status} search={search} onChange={change} />
      {isNarrowed(find) ? (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() =>
            change({
              q: '',
              endsWithin: undefined,
              overSeats: undefined,
              pendingDecrease: undefined,
              cancelling: undefined,
              createdFrom: undefined,
              createdTo: undefined,
              usersMin: undefined,
              usersMax: undefined,
            })
          }
        >
          Clear search and filters
        </button>
      ) : null}
    </div>
  );
}
