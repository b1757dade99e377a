import { lazy, Suspense } from 'react';
import type { Account } from '../../api/contract';

// The actions and their dialogs are their own chunk: a board's first cards are drawn without waiting for
// them, and the buttons join a moment later (the chunk is asked for as soon as the first card renders).
const AccountActionList = lazy(() =>
  import('./account-action-list').then((module) => ({ default: module.AccountActions })),
);

/** For the boards, which take the actions as a slot so that they need not know this feature. */
export function renderAccountActions(account: Account, asOf: string) {
  return (
    <Suspense fallback={<div className="account-actions account-actions--loading" aria-hidden="true" />}>
      <AccountActionList account={account} asOf={asOf} small />
    </Suspense>
  );
}
