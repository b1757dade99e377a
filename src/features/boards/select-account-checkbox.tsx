import { useContext } from 'react';
import type { Account } from '../../api/contract';
import { useBulkSelection } from '../../stores/bulk-selection-store';
import { BulkSelectable } from './bulk-selectable';

/**
 * The checkbox that selects one account for a bulk action, dropped into its
 * card and its list row; named by the account, so a screen reader says whose.
 * Nothing is drawn on a board without bulk actions.
 */
export function SelectAccountCheckbox({ account }: { account: Pick<Account, 'accountNumber' | 'organizationName'> }) {
  const selectable = useContext(BulkSelectable);
  // One subscription a card, to one string: a card mounts with each scroll step, and a selection change draws
  // again only the checkboxes whose state it changed. The toggle is read when clicked, not subscribed to.
  const state = useBulkSelection((selection) =>
    selection.allMatching ? 'all' : selection.selected.has(account.accountNumber) ? 'checked' : 'unchecked',
  );
  if (!selectable) return null;
  return (
    <input
      type="checkbox"
      className="select-account"
      checked={state !== 'unchecked'}
      // With every matching account selected, one is left out by clearing the selection and choosing again.
      disabled={state === 'all'}
      onChange={() => useBulkSelection.getState().toggle(account.accountNumber)}
      aria-label={`Select ${account.organizationName} (${account.accountNumber})`}
    />
  );
}
