import type { Account } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { addDays } from '../../domain/calendar';
import { formatDay } from '../../components/format';
import { ActionDialog, ActionForm } from './action-dialog';

interface Props {
  account: Account;
  asOf: string;
  small?: boolean;
}

/** The last day a cancelled subscription is still paid for. */
function paidUntil(account: Account, asOf: string): string {
  return formatDay(addDays(account.renewsOn ?? asOf, -1));
}

export function EndTrialDialog({ account, small }: Props) {
  return (
    <ActionDialog account={account} action="endTrial" small={small}>
      {(body) => (
        <ActionForm body={body} confirmLabel="End trial" danger onSubmit={() => body.submit({ action: 'endTrial' })}>
          <p className="action-text">
            {account.organizationName} becomes an expired trial now, on Freemium: only {accountRules.freemiumUserLimit}{' '}
            users stay monitored. It can still be upgraded or its trial extended.
          </p>
        </ActionForm>
      )}
    </ActionDialog>
  );
}

export function CancelDialog({ account, asOf, small }: Props) {
  return (
    <ActionDialog account={account} action="cancel" small={small}>
      {(body) => (
        <ActionForm
          body={body}
          confirmLabel="Cancel subscription"
          closeLabel="Keep subscription"
          danger
          onSubmit={() => body.submit({ action: 'cancel' }, { ahead: true })}
        >
          <p className="action-text">
            {account.organizationName} stays paid and billed until the end of this period, {paidUntil(account, asOf)}.
            It can be resumed until then. After that it is cancelled: no longer billed, and its data can be downloaded
            for {accountRules.retentionDays} days before it is deleted for good.
          </p>
          {account.pendingSeats !== null ? (
            <p className="action-text">
              The pending change to {account.pendingSeats} seats is withdrawn: the subscription ends before it would
              apply.
            </p>
          ) : null}
        </ActionForm>
      )}
    </ActionDialog>
  );
}

export function ResumeDialog({ account, asOf, small }: Props) {
  return (
    <ActionDialog account={account} action="resume" small={small}>
      {(body) => (
        <ActionForm
          body={body}
          confirmLabel="Resume subscription"
          onSubmit={() => body.submit({ action: 'resume' }, { ahead: true })}
        >
          <p className="action-text">
            The cancellation is taken back: {account.organizationName} renews on {formatDay(account.renewsOn ?? asOf)}{' '}
            and is billed as before.
          </p>
        </ActionForm>
      )}
    </ActionDialog>
  );
}

export function RemoveDialog({ account, small }: Props) {
  return (
    <ActionDialog account={account} action="remove" small={small}>
      {(body) => (
        <ActionForm body={body} confirmLabel="Remove account" danger onSubmit={() => body.submit({ action: 'remove' })}>
          <p className="action-text action-text--strong">Remove {account.organizationName}?</p>
          <p className="action-text">
            It leaves the boards and waits {accountRules.retentionDays} days in Removed and cancelled, where it can be
            restored or its data downloaded; then it is deleted for good. Its email, {account.email}, stays taken until
            then.
          </p>
        </ActionForm>
      )}
    </ActionDialog>
  );
}

export function RestoreDialog({ account, small }: Props) {
  return (
    <ActionDialog account={account} action="restore" small={small}>
      {(body) => (
        <ActionForm body={body} confirmLabel="Restore" onSubmit={() => body.submit({ action: 'restore' })}>
          <p className="action-text">
            {account.organizationName} comes back as the trial it was
            {account.trialEndsAt ? `, ending ${formatDay(account.trialEndsAt)}` : ''}, and will not be deleted.
          </p>
        </ActionForm>
      )}
    </ActionDialog>
  );
}
