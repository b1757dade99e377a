import { startTransition, type Dispatch, type SetStateAction } from 'react';
import type { BoardStatus } from '../../domain/account-status';
import { isNarrowed } from './board-find-search';
import { BoardFilters } from './board-filters';
import { BoardSearchBox } from './board-search-box';
import { useBoardFind } from './use-board-find';
import '../../components/text-field.css';
import './board-toolbar.css';

interface BoardToolbarProps {
  status: BoardStatus;
  searching?: boolean;
  /**
   * A search typed in the box has left (its `q`), to be on the board once the URL says it; `null` once nothing
   * more will come of it (it is shown, or the URL went elsewhere meanwhile) and no later one was typed.
   */
  onSearchAsked?: Dispatch<SetStateAction<string | null>>;
}

/** Search, sort and filters of a board, all kept in its URL. */
export function BoardToolbar({ status, searching = false, onSearchAsked }: BoardToolbarProps) {
  const { search, find, change, searchFor } = useBoardFind(status);
  const onSearch = (q: string, options: { replace: boolean }) => {
    // A transition: the board's render for "searching" yields to the request on its way through MSW.
    startTransition(() => onSearchAsked?.(q));
    void searchFor(q, options).then((outcome) => {
      // An overtaken search leaves it to the one that overtook it. One shown is no longer busy the moment the
      // URL says it (BoardPage), in the render that draws its results: forgetting it is no hurry.
      if (outcome !== 'overtaken') startTransition(() => onSearchAsked?.((asked) => (asked === q ? null : asked)));
    });
  };
  return (
    <div role="search" className="board-toolbar" aria-label="Find accounts">
      <BoardSearchBox value={search.q} searching={searching} onSearch={onSearch} />
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
