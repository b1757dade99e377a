import type { Account } from '../../api/contract';
import { usersOverSeats } from '../../domain/active-users';
import { freemiumShortfall } from '../../domain/freemium';
import { addDays } from '../../domain/calendar';
import { formatCount, formatDay, plural } from '../../components/format';
import { ResumeDialog } from './confirm-dialogs';
import { useAccountAction } from './use-account-action';

/** A seat decrease waiting for the next period, and the control that takes it back. */
export function PendingSeatsNotice({ account }: { account: Account }) {
  const withdraw = useAccountAction(account);
  if (account.pendingSeats === null || !account.renewsOn) return null;
  return (
    <div className="account-notice" data-testid="pending-seats">
      <p>
        <strong className="numeric">
          {formatCount(account.seats ?? 0)} → {formatCount(account.pendingSeats)} seats on {formatDay(account.renewsOn)}
        </strong>{' '}
        <span className="muted">Pending: applies when the next period starts. No refund.</span>
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate({ action: 'withdrawPendingSeats' })}
      >
        Withdraw
      </button>
    </div>
  );
}

/** A cancelled subscription still running to the end of its period, and the way back. */
export function CancellationNotice({ account, asOf }: { account: Account; asOf: string }) {
  if (account.status !== 'paid' || !account.cancelsOn) return null;
  return (
    <div className="account-notice account-notice--warning" data-testid="cancellation">
      <p>
        <strong className="numeric">Paid until {formatDay(addDays(account.cancelsOn, -1))}, then cancelled.</strong>{' '}
        <span className="muted">Resume it before then to keep it.</span>
      </p>
      <ResumeDialog account={account} asOf={asOf} small />
    </div>
  );
}

/** More monitored users than the account pays for (paid) or than Freemium covers (expired): it keeps working, flagged. */
export function UsageLimitNotice({ account }: { account: Account }) {
  const message =
    account.status === 'paid' && usersOverSeats(account.monitoredUsers, account.seats) > 0
      ? `${plural(account.monitoredUsers, 'user is', 'users are')} monitored on ${plural(account.seats ?? 0, 'seat', 'seats')}: ` +
        `over the limit by ${plural(usersOverSeats(account.monitoredUsers, account.seats), 'user', 'users')}. Add seats to cover them.`
      : account.status === 'expired' && freemiumShortfall(account.monitoredUsers)
        ? `${freemiumShortfall(account.monitoredUsers)}. Upgrade to paid to monitor them all.`
        : null;
  if (!message) return null;
  return (
    <div className="account-notice account-notice--warning" data-testid="usage-limit">
      <p>
        <strong>{message}</strong>
      </p>
    </div>
  );
}
