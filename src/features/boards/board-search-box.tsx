import { useEffect, useRef, useState } from 'react';

/**
 * How long typing must pause before the board is searched: 30 ms. Far shorter than the gap between a person's
 * keystrokes (100-200 ms), so the board follows as soon as they stop (issue 7 asks for the final results under
 * 100 ms from the last key, and this pause is part of it: 60 ms left too little for the request and the render);
 * yet keys that come closer together (a paste is one, autofill, a scanner, a quick typist's roll of keys) still
 * make one request, not one each. A request per key is no harm either: the demo's Worker answers one in less
 * than the pause, so none waits behind another, and one that typing overtakes is cancelled (the query's
 * AbortSignal) and its answer never shown.
 */
export const SEARCH_DEBOUNCE_MS = 30;

interface BoardSearchBoxProps {
  value: string;
  /** `replace`: this search refines the one already in the URL, so it takes its history entry. */
  onSearch: (q: string, options: { replace: boolean }) => void;
  /** The board on screen is still the previous search's: the new one's answer is on its way. */
  searching?: boolean;
}

/**
 * The board's search box. What is typed is kept here and sent once typing
 * pauses; a change of the URL from outside (Back, a link) replaces it.
 */
export function BoardSearchBox({ value, onSearch, searching = false }: BoardSearchBoxProps) {
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
  // The search the board shows or is about to: the URL's, or what this box asked for since (the URL moves only
  // once a search is answered). Typing back to it asks for nothing; typing back to the URL's while another is
  // on its way asks again, so that the last word typed is the one that lands.
  const latestAsked = useRef(value);
  useEffect(() => {
    latestAsked.current = value;
  }, [value]);
  // One history entry per spell of typing (from focusing the box): its first search adds it, the rest replace
  // it, so Back leaves the search as a whole instead of taking it back a letter at a time.
  const typedSinceFocus = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    // Searched once typing pauses; only a change of the text searches, never a new `value` from the URL.
    timer.current = setTimeout(() => {
      const q = next.trim();
      if (q === latestAsked.current.trim()) return;
      latestAsked.current = q;
      setSent(q);
      onSearch(q, { replace: typedSinceFocus.current });
      typedSinceFocus.current = true;
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
        aria-describedby="board-search-status"
        onFocus={() => {
          typedSinceFocus.current = false;
        }}
        onChange={(event) => type(event.target.value)}
      />
      {/* Always in the page, so that screen readers hear it change; shown only after a moment (CSS) so that a
          quick answer does not flash it. */}
      <p id="board-search-status" className="board-search__status" role="status">
        {searching ? 'Searching…' : ''}
      </p>
    </div>
  );
}
