import { useRef, useState } from 'react';
import type { Account } from '../../api/contract';
import { useMay } from '../../api/permissions';
import { actionPermissions } from '../../domain/permissions';
import { actionLabels, allowedActions, type AccountAction } from '../../domain/lifecycle/allowed-actions';
import { ChangeSeatsDialog } from './change-seats-dialog';
import { CancelDialog, EndTrialDialog, RemoveDialog, ResumeDialog, RestoreDialog } from './confirm-dialogs';
import { ActionDialogControlContext } from './action-dialog-control';
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

/**
 * The actions the account's state allows and the role may take, and only those. Each is a plain button until it
 * is first pressed; only then is its dialog (a Radix root, a form, a mutation) mounted, and it stays mounted so it
 * can close and hand focus back. A board draws these for every card that scrolls into view (issue 7).
 */
export function AccountActions({ account, asOf, small, omit = [] }: AccountActionsProps) {
  const may = useMay();
  const [opened, setOpened] = useState<AccountAction | null>(null);
  const [used, setUsed] = useState<readonly AccountAction[]>([]);
  const pressed = useRef<HTMLButtonElement>(null);
  // What the account's state allows, and of that what the signed-in role may do (the API refuses the rest).
  const actions = allowedActions(account, asOf).filter(
    (action) => !omit.includes(action) && may(actionPermissions[action]),
  );
  if (actions.length === 0) return null;
  const open = (action: AccountAction, button: HTMLButtonElement) => {
    pressed.current = button;
    setUsed((before) => (before.includes(action) ? before : [...before, action]));
    setOpened(action);
  };
  return (
    <div className="account-actions" role="group" aria-label={`Actions for ${account.organizationName}`}>
      {actions.map((action) =>
        action === 'download' ? (
          <DownloadDataButton key={action} account={account} small={small} />
        ) : (
          <button
            key={action}
            type="button"
            className={`button${small ? ' button--small' : ''}${action === 'upgrade' ? ' button--primary' : ''}`}
            aria-haspopup="dialog"
            aria-expanded={opened === action}
            onClick={(event) => open(action, event.currentTarget)}
          >
            {actionLabels[action]}
          </button>
        ),
      )}
      <ActionDialogControlContext.Provider value={{ opened, close: () => setOpened(null), returnFocusTo: pressed }}>
        {used
          .filter((action) => actions.includes(action))
          .map((action) => (
            <ActionControl key={action} action={action} account={account} asOf={asOf} small={small} />
          ))}
      </ActionDialogControlContext.Provider>
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
