import { useEffect, useRef, useState } from 'react';

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
  // What this box last asked for. The URL arriving at it is not a change from outside: on a slow machine it can
  // arrive after more was typed, and must not put the shorter text back ("R" over "RI", making "RVERSIDE").
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    // The URL moved (Back/Forward, a link): show what it says.
    setSeen(value);
    if (value !== sent) setText(value);
  }
  const latestValue = useRef(value);
  useEffect(() => {
    latestValue.current = value;
  }, [value]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    // Searched once typing pauses; only a change of the text searches, never a new `value` from the URL.
    timer.current = setTimeout(() => {
      const q = next.trim();
      if (q === latestValue.current.trim()) return;
      setSent(q);
      onSearch(q);
    }, SEARCH_DEBOUNCE_MS);
  };

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
        onChange={(event) => type(event.target.value)}
      />
    </div>
  );
}
