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
  const allMatching = useBulkSelection((state) => state.allMatching);
  const checked = useBulkSelection((state) => state.allMatching || state.selected.has(account.accountNumber));
  const toggle = useBulkSelection((state) => state.toggle);
  if (!selectable) return null;
  return (
    <input
      type="checkbox"
      className="select-account"
      checked={checked}
      // With every matching account selected, one is left out by clearing the selection and choosing again.
      disabled={allMatching}
      onChange={() => toggle(account.accountNumber)}
      aria-label={`Select ${account.organizationName} (${account.accountNumber})`}
    />
  );
}
