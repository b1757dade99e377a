import type { BoardFind } from '../../api/accounts';
import { boardMatching } from '../../api/bulk';
import { useMay } from '../../api/permissions';
import { bulkActionBoards, bulkActionPermissions, bulkActions } from '../../api/bulk-contract';
import { formatCount, plural } from '../../components/format';
import type { BoardStatus } from '../../domain/account-status';
import { useBulkSelection } from '../../stores/bulk-selection-store';
import { lazy, Suspense } from 'react';
import { LazyTrigger } from '../../components/lazy-trigger';
import { bulkWording } from './bulk-wording';
import './bulk.css';

// The dialogs, their runs and the assignment picker load once something is selected: not on the first board.
const loadBulkDialog = () => import('./bulk-action-dialog').then((module) => module.BulkActionDialog);
const BulkAssign = lazy(() => import('./bulk-assign').then((module) => ({ default: module.BulkAssign })));

/** The board's bulk actions: how many are selected, "select all N matching", and the actions that fit. */
export function BulkActionBar({ status, find, total }: { status: BoardStatus; find: BoardFind; total: number }) {
  const { selected, allMatching, selectAllMatching, clear } = useBulkSelection();
  const may = useMay();
  // What fits the board, and of that what the signed-in role may do (the API refuses the rest).
  const actions = bulkActions.filter(
    (action) => bulkActionBoards[action].includes(status) && may(bulkActionPermissions[action]),
  );
  if (actions.length === 0) return null;
  const count = allMatching ? total : selected.size;
  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <p className="bulk-bar__count" aria-live="polite">
        {count === 0
          ? 'Select accounts to act on several at once.'
          : allMatching
            ? `All ${plural(total, 'matching account', 'matching accounts')} selected`
            : `${formatCount(count)} selected`}
      </p>
      {!allMatching && total > 0 ? (
        <button type="button" className="button button--quiet button--small" onClick={selectAllMatching}>
          Select all {formatCount(total)} matching
        </button>
      ) : null}
      {/* Always drawn (disabled with nothing selected), so a dialog stays open while its run changes the board. */}
      {actions.map((action) => (
        <LazyTrigger
          key={action}
          load={loadBulkDialog}
          eager={count > 0}
          standIn={
            <button
              type="button"
              className="button button--small"
              disabled={count === 0}
              aria-haspopup="dialog"
              aria-expanded={false}
            >
              {bulkWording[action].button}
            </button>
          }
        >
          {(BulkActionDialog) => (
            <BulkActionDialog
              action={action}
              count={count}
              target={() =>
                allMatching
                  ? { matching: boardMatching(status, find), count: total }
                  : { accountNumbers: [...selected] }
              }
              onFinished={clear}
            />
          )}
        </LazyTrigger>
      ))}
      {may('assign-accounts') && !allMatching && selected.size > 0 ? (
        <Suspense fallback={null}>
          <BulkAssign accountNumbers={[...selected]} />
        </Suspense>
      ) : null}
      {count > 0 ? (
        <button type="button" className="button button--quiet button--small" onClick={clear}>
          Clear selection
        </button>
      ) : null}
    </div>
  );
}
