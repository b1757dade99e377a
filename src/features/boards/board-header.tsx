import type { ReactNode } from 'react';
import { formatCount, plural } from '../../components/format';
import type { BoardDefinition } from './boards';

interface BoardHeaderProps {
  board: BoardDefinition;
  stats?: { total: number; monitoredUsers: number };
  children?: ReactNode;
}

/** The board's name (its h1), its size, and the controls beside them. */
export function BoardHeader({ board, stats, children }: BoardHeaderProps) {
  return (
    <header className="board-header">
      <div>
        <h1>{board.title}</h1>
        <p className="board-header__stats muted">
          {stats ? (
            <>
              <span className="numeric">{plural(stats.total, 'account', 'accounts')}</span>
              <span aria-hidden="true"> · </span>
              <span className="numeric">{formatCount(stats.monitoredUsers)} monitored users</span>
            </>
          ) : (
            ' '
          )}
        </p>
      </div>
      {children ? <div className="board-header__tools">{children}</div> : null}
    </header>
  );
}
