import { lazy, Suspense } from 'react';
import type { Account } from '../../api/contract';

// The actions and their dialogs are their own chunk: a board's first cards are drawn without waiting for
// them, and the buttons join a moment later. The chunk is asked for in the task after the one that drew the
// first cards, so its download and evaluation do not compete with them.
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const AccountActionList = lazy(() =>
  afterThisTask()
    .then(() => import('./account-action-list'))
    .then((module) => ({ default: module.AccountActions })),
);
const AccountActionMenu = lazy(() =>
  afterThisTask()
    .then(() => import('./account-action-menu'))
    .then((module) => ({ default: module.AccountActionMenu })),
);

/**
 * For the boards, which take the actions as a slot so that they need not know this feature: a card's actions
 * as buttons, a list row's as one menu.
 */
export function renderAccountActions(account: Account, asOf: string, layout: 'card' | 'row' = 'card') {
  return (
    <Suspense fallback={<div className="account-actions account-actions--loading" aria-hidden="true" />}>
      {layout === 'row' ? (
        <AccountActionMenu account={account} asOf={asOf} />
      ) : (
        <AccountActionList account={account} asOf={asOf} small />
      )}
    </Suspense>
  );
}
