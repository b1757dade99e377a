import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../components/use-debounced-value';

/** How long typing must pause before the board is searched: a request per pause, not per keystroke. */
const SEARCH_DEBOUNCE_MS = 250;

interface BoardSearchBoxProps {
  value: string;
  onSearch: (q: string) => void;
}

/**
 * The board's search box. What is typed is kept here and sent once typing
 * pauses; a change of the URL from outside (Back, a link) replaces it.
 */
export function BoardSearchBox({ value, onSearch }: BoardSearchBoxProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The URL moved (Back/Forward): show what it says.
    setSeen(value);
    setText(value);
  }
  const settled = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (settled.trim() !== value.trim()) onSearch(settled.trim());
    // Only a settled change of the text searches; a new `value` from the URL is not a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return (
    <div className="board-search">
      <label className="visually-hidden" htmlFor="board-search">
        Search accounts
      </label>
      <input
        id="board-search"
        className="field__input board-search__input"
        type="search"
        value={text}
        maxLength={100}
        placeholder="Search name, email or account number"
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
