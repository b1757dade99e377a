import type { Account } from '../../api/contract';
import { useMay } from '../../api/permissions';
import { actionPermissions } from '../../domain/permissions';
import { allowedActions, type AccountAction } from '../../domain/lifecycle/allowed-actions';
import { ChangeSeatsDialog } from './change-seats-dialog';
import { CancelDialog, EndTrialDialog, RemoveDialog, ResumeDialog, RestoreDialog } from './confirm-dialogs';
import { DownloadDataButton } from './download-data-button';
import { ExtendTrialDialog } from './extend-trial-dialog';
import { UpgradeDialog } from './upgrade-dialog';
import './accounts.css';

export interface AccountActionsProps {
  account: Account;
  /** The server's today: which actions fit (an extension within the cap) depends on it. */
  asOf: string;
  small?: boolean;
  /** Actions the surrounding view offers elsewhere (the account page puts Resume by the cancellation). */
  omit?: readonly AccountAction[];
}

/** The actions the account's state allows and the role may take, and only those, each with its dialog. */
export function AccountActions({ account, asOf, small, omit = [] }: AccountActionsProps) {
  const may = useMay();
  // What the account's state allows, and of that what the signed-in role may do (the API refuses the rest).
  const actions = allowedActions(account, asOf).filter(
    (action) => !omit.includes(action) && may(actionPermissions[action]),
  );
  if (actions.length === 0) return null;
  return (
    <div className="account-actions" role="group" aria-label={`Actions for ${account.organizationName}`}>
      {actions.map((action) => (
        <ActionControl key={action} action={action} account={account} asOf={asOf} small={small} />
      ))}
    </div>
  );
}

/** One action's control: its dialog (with its button, unless an actions menu opens it), or the download. */
export function ActionControl({
  action,
  ...props
}: { action: AccountAction } & Pick<AccountActionsProps, 'account' | 'asOf' | 'small'>) {
  switch (action) {
    case 'upgrade':
      return <UpgradeDialog {...props} />;
    case 'extendTrial':
      return <ExtendTrialDialog {...props} />;
    case 'endTrial':
      return <EndTrialDialog {...props} />;
    case 'changeSeats':
      return <ChangeSeatsDialog {...props} />;
    case 'cancel':
      return <CancelDialog {...props} />;
    case 'resume':
      return <ResumeDialog {...props} />;
    case 'remove':
      return <RemoveDialog {...props} />;
    case 'restore':
      return <RestoreDialog {...props} />;
    case 'download':
      return <DownloadDataButton account={props.account} small={props.small} />;
  }
}
