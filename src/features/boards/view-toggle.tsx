import '../../components/segmented.css';
import type { BoardView } from '../../stores/view-preference-store';

const labels: Record<BoardView, string> = { cards: 'Cards', list: 'List' };

export function ViewToggle({ view, onChange }: { view: BoardView; onChange: (view: BoardView) => void }) {
  return (
    <div className="segmented" role="group" aria-label="View">
      {(Object.keys(labels) as BoardView[]).map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          <ViewIcon view={option} />
          {labels[option]}
        </button>
      ))}
    </div>
  );
}

function ViewIcon({ view }: { view: BoardView }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {view === 'cards' ? (
        <path d="M1 1h5v5H1zM8 1h5v5H8zM1 8h5v5H1zM8 8h5v5H8z" fill="currentColor" />
      ) : (
        <path d="M1 2h12v2H1zM1 6h12v2H1zM1 10h12v2H1z" fill="currentColor" />
      )}
    </svg>
  );
}
