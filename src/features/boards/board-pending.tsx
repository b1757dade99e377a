import type { BoardStatus } from '../../domain/account-status';
import { Skeleton } from '../../components/skeleton';
import { BoardHeader } from './board-header';
import { boardFor } from './boards';
import './boards.css';

/** The board's frame with placeholder cards while its first page loads. */
export function BoardPending({ status }: { status: BoardStatus }) {
  return (
    <section className="board" aria-busy="true">
      <BoardHeader board={boardFor(status)} />
      <p className="visually-hidden" role="status">
        Loading accounts…
      </p>
      <div className="account-cards">
        {Array.from({ length: 6 }, (_, index) => (
          <div className="account-card account-card--skeleton" key={index}>
            <Skeleton width="70%" height="1.25rem" />
            <Skeleton width="35%" height="0.875rem" />
            <Skeleton height="3rem" />
            <Skeleton width="50%" height="2rem" />
          </div>
        ))}
      </div>
    </section>
  );
}
