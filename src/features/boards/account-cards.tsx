import type { ReactNode } from 'react';
import type { Account } from '../../api/contract';
import { AccountCard } from './account-card';

/** Renders an account's actions; the route passes it in, so the boards need not know the actions feature. */
export type RenderActions = (account: Account, asOf: string) => ReactNode;

export function AccountCards({
  accounts,
  asOf,
  renderActions,
}: {
  accounts: Account[];
  asOf: string;
  renderActions?: RenderActions;
}) {
  return (
    <div className="account-cards">
      {accounts.map((account) => (
        <AccountCard
          key={account.accountNumber}
          account={account}
          asOf={asOf}
          actions={renderActions?.(account, asOf)}
        />
      ))}
    </div>
  );
}
