import { useRef, useState, type RefObject } from 'react';
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
  const dialogs = useActionDialogs();
  const pressed = useRef<HTMLButtonElement>(null);
  // What the account's state allows, and of that what the signed-in role may do (the API refuses the rest).
  const actions = allowedActions(account, asOf).filter(
    (action) => !omit.includes(action) && may(actionPermissions[action]),
  );
  if (actions.length === 0) return null;
  const open = (action: AccountAction, button: HTMLButtonElement) => {
    pressed.current = button;
    dialogs.open(action);
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
            aria-expanded={dialogs.opened === action}
            onClick={(event) => open(action, event.currentTarget)}
          >
            {actionLabels[action]}
          </button>
        ),
      )}
      <ActionDialogs
        dialogs={dialogs}
        actions={actions}
        returnFocusTo={pressed}
        account={account}
        asOf={asOf}
        small={small}
      />
    </div>
  );
}

/**
 * Which action's dialog is open, and which have been opened: a dialog is mounted at its first opening and stays, so
 * that it can close and hand focus back.
 */
export function useActionDialogs() {
  const [opened, setOpened] = useState<AccountAction | null>(null);
  const [used, setUsed] = useState<readonly AccountAction[]>([]);
  const open = (action: AccountAction) => {
    setUsed((before) => (before.includes(action) ? before : [...before, action]));
    setOpened(action);
  };
  return { opened, used, open, close: () => setOpened(null) };
}

/** The dialogs opened so far, of the actions still offered, opened and closed by `dialogs`. */
export function ActionDialogs({
  dialogs,
  actions,
  returnFocusTo,
  ...props
}: {
  dialogs: ReturnType<typeof useActionDialogs>;
  actions: readonly AccountAction[];
  returnFocusTo: RefObject<HTMLElement | null>;
} & Pick<AccountActionsProps, 'account' | 'asOf' | 'small'>) {
  return (
    <ActionDialogControlContext.Provider value={{ opened: dialogs.opened, close: dialogs.close, returnFocusTo }}>
      {dialogs.used
        .filter((action) => actions.includes(action))
        .map((action) => (
          <ActionControl key={action} action={action} {...props} />
        ))}
    </ActionDialogControlContext.Provider>
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
