import type { Account } from '../../api/contract';
import { AccountCard } from './account-card';

export function AccountCards({ accounts, asOf }: { accounts: Account[]; asOf: string }) {
  return (
    <div className="account-cards">
      {accounts.map((account) => (
        <AccountCard key={account.accountNumber} account={account} asOf={asOf} />
      ))}
    </div>
  );
}
