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
  const props = { account, asOf, small };
  return (
    <div className="account-actions" role="group" aria-label={`Actions for ${account.organizationName}`}>
      {actions.map((action) => {
        switch (action) {
          case 'upgrade':
            return <UpgradeDialog key={action} {...props} />;
          case 'extendTrial':
            return <ExtendTrialDialog key={action} {...props} />;
          case 'endTrial':
            return <EndTrialDialog key={action} {...props} />;
          case 'changeSeats':
            return <ChangeSeatsDialog key={action} {...props} />;
          case 'cancel':
            return <CancelDialog key={action} {...props} />;
          case 'resume':
            return <ResumeDialog key={action} {...props} />;
          case 'remove':
            return <RemoveDialog key={action} {...props} />;
          case 'restore':
            return <RestoreDialog key={action} {...props} />;
          case 'download':
            return <DownloadDataButton key={action} account={account} small={small} />;
        }
      })}
    </div>
  );
}
