import type { Account } from '../../api/contract';

const badges: Record<Account['status'], { label: string; tone: string }> = {
  paid: { label: 'Paid', tone: 'success' },
  trial: { label: 'Trial', tone: 'info' },
  expired: { label: 'Expired trial', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  removed: { label: 'Removed', tone: 'danger' },
};

/** The account's state in a word, in the badge look the boards use. */
export function AccountStatusBadge({ account }: { account: Account }) {
  const badge =
    account.status === 'paid' && account.cancelsOn
      ? { label: 'Paid, cancelling', tone: 'warning' }
      : badges[account.status];
  return <span className={`badge badge--${badge.tone}`}>{badge.label}</span>;
}
