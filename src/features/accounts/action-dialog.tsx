import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Account } from '../../api/contract';
import { actionLabels, type AccountAction } from '../../domain/lifecycle/allowed-actions';
import { Dialog, DialogClose } from '../../components/dialog';
import { useActionDialogControl } from './action-dialog-control';
import { useAccountAction, type ActionRequest } from './use-account-action';
import { problemOf } from './problem-of';
import './accounts.css';

export interface ActionBody {
  /** Sends the request once, however often it is clicked; `ahead` closes at once (the UI already shows it). */
  submit: (request: ActionRequest, options?: { ahead?: boolean }) => void;
  pending: boolean;
  /** The API's refusal, split into messages for the fields and one for the whole form. */
  problem: ReturnType<typeof problemOf>;
}

interface ActionDialogProps {
  account: Account;
  action: Exclude<AccountAction, 'download'>;
  description?: ReactNode;
  small?: boolean;
  children: (body: ActionBody) => ReactNode;
}

/**
 * The trigger button and dialog every lifecycle action shares: named by the
 * action, closed only when nothing is in flight, and showing the API's
 * refusal while keeping what was typed.
 */
export function ActionDialog({ account, action, description, small, children }: ActionDialogProps) {
  const control = useActionDialogControl();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = control ? control.opened === action : ownOpen;
  const setOpen = (next: boolean) => {
    if (control) {
      if (!next) control.close();
    } else setOwnOpen(next);
  };
  // Set in the click itself: React re-renders the disabled button before a second click of a double click lands,
  // while the mutation's own pending state arrives a tick later.
  const [sending, setSending] = useState(false);
  const tone = action === 'upgrade' ? ' button--primary' : '';
  const trigger = useRef<HTMLButtonElement>(null);

  // An action can take its card off the board: its button is gone, so focus goes to the page, not to nowhere.
  const onCloseAutoFocus = (event: Event) => {
    const returnTo = control ? control.returnFocusTo.current : trigger.current;
    if (returnTo?.isConnected && !control) return;
    event.preventDefault();
    if (returnTo?.isConnected) returnTo.focus();
    else document.getElementById('main')?.focus();
  };

  // Closing drops the body, and with it the mutation's error: the dialog opens afresh next time.
  const onOpenChange = (next: boolean) => {
    if (!next && sending) return;
    setOpen(next);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={actionLabels[action]}
      description={description}
      onCloseAutoFocus={onCloseAutoFocus}
      trigger={
        control ? undefined : (
          <button ref={trigger} type="button" className={`button${small ? ' button--small' : ''}${tone}`}>
            {actionLabels[action]}
          </button>
        )
      }
    >
      <ActionDialogBody account={account} sending={sending} setSending={setSending} setOpen={setOpen}>
        {children}
      </ActionDialogBody>
    </Dialog>
  );
}

/**
 * What an open dialog holds, with the action's mutation. The mutation lives here, not beside the trigger: a board
 * draws a trigger for each action of each card, and a mutation observer for each of them was a good part of a
 * card's cost as cards scroll into view (issue 9). What the mutation does once sent (the cache, the notices) is
 * the mutation's own and runs even when a dialog closed ahead of the answer.
 */
function ActionDialogBody({
  account,
  sending,
  setSending,
  setOpen,
  children,
}: {
  account: Account;
  sending: boolean;
  setSending: (sending: boolean) => void;
  setOpen: (open: boolean) => void;
  children: ActionDialogProps['children'];
}) {
  const mutation = useAccountAction(account);
  const submit: ActionBody['submit'] = (request, options) => {
    if (sending) return;
    setSending(true);
    mutation.mutate(request, {
      onSuccess: () => setOpen(false),
      onSettled: () => setSending(false),
    });
    if (options?.ahead) {
      setSending(false);
      setOpen(false);
    }
  };
  return children({ submit, pending: sending || mutation.isPending, problem: problemOf(mutation.error) });
}

interface ActionFormProps {
  body: ActionBody;
  onSubmit: () => void;
  confirmLabel: string;
  closeLabel?: string;
  danger?: boolean;
  /** The form is not ready to confirm yet (a preview still on its way). */
  confirmDisabled?: boolean;
  children?: ReactNode;
}

/** The form inside an action dialog: the refusal on top, the fields, then close and confirm. */
export function ActionForm({
  body,
  onSubmit,
  confirmLabel,
  closeLabel = 'Close',
  danger,
  confirmDisabled,
  children,
}: ActionFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Enter in a field submits the form even while the button is disabled.
    if (!confirmDisabled) onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} aria-busy={body.pending} className="action-form">
      {body.problem.form ? (
        <div className="form-error" role="alert">
          <p className="form-error__title">{body.problem.form.title}</p>
          {body.problem.form.detail ? <p>{body.problem.form.detail}</p> : null}
        </div>
      ) : null}
      {children}
      <div className="dialog__actions">
        <DialogClose asChild>
          <button type="button" className="button" disabled={body.pending}>
            {closeLabel}
          </button>
        </DialogClose>
        <button
          type="submit"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          disabled={body.pending || confirmDisabled}
        >
          {body.pending ? <span className="spinner" aria-hidden="true" /> : null}
          {confirmLabel}
        </button>
      </div>
    </form>
  );
}
