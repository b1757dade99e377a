import { ApiError, ContractError } from '../../api/client';
import type { BoardStatus } from '../../domain/account-status';
import { StatusPanel } from '../../components/status-panel';
import { BoardHeader } from './board-header';
import { boardFor } from './boards';
import './boards.css';
import { RetryButton } from '../../components/retry-button';

function explain(error: unknown): string {
  if (error instanceof ContractError)
    return 'The server sent data the console does not understand. Retry, and if it keeps happening, tell your administrator.';
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something unexpected went wrong.';
}

/** A board that failed to load keeps its frame and offers to try again. */
export function BoardError({ status, error }: { status: BoardStatus; error: unknown }) {
  const board = boardFor(status);
  return (
    <section className="board">
      <BoardHeader board={board} />
      <StatusPanel tone="error" title={`${board.title} could not be loaded`} action={<RetryButton />}>
        {explain(error)}
      </StatusPanel>
    </section>
  );
}
