import type { ReactNode } from 'react';
import { formatCount, plural } from '../../components/format';
import type { BoardDefinition } from './boards';

interface BoardHeaderProps {
  board: BoardDefinition;
  /** boardTotal, when given, says the figures are of a search or filter: "42 of 5,000 accounts". */
  stats?: { total: number; monitoredUsers: number; boardTotal?: number };
  children?: ReactNode;
}

/** The board's name (its h1), its size, and the controls beside them. */
export function BoardHeader({ board, stats, children }: BoardHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1>{board.title}</h1>
        <p className="board-header__stats muted">
          {stats ? (
            <>
              <span className="numeric" data-testid="board-count">
                {stats.boardTotal === undefined
                  ? plural(stats.total, 'account', 'accounts')
                  : `${formatCount(stats.total)} of ${plural(stats.boardTotal, 'account', 'accounts')}`}
              </span>
              <span aria-hidden="true"> · </span>
              <span className="numeric" data-testid="board-users">
                {formatCount(stats.monitoredUsers)} {stats.boardTotal === undefined ? '' : 'matching '}monitored users
              </span>
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
