import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState } from 'react';
import type { Account } from '../../api/contract';
import { useMay } from '../../api/permissions';
import { actionPermissions } from '../../domain/permissions';
import { actionLabels, allowedActions, type AccountAction } from '../../domain/lifecycle/allowed-actions';
import { ActionControl } from './account-action-list';
import { ActionDialogControlContext } from './action-dialog-control';
import { useDownloadData } from './download-data-button';
import './accounts.css';

/**
 * A list row's actions as one menu: the same actions the card offers, opening the same dialogs, and the customer's
 * console. The menu owns which dialog is open, and focus comes back to its button when the dialog closes.
 */
export function AccountActionMenu({ account, asOf }: { account: Account; asOf: string }) {
  const may = useMay();
  // The same actions as the card: what the account's state allows and the signed-in role may take.
  const actions = allowedActions(account, asOf).filter((action) => may(actionPermissions[action]));
  const [opened, setOpened] = useState<AccountAction | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Set when an item opens a dialog: the closing menu then leaves focus to the dialog instead of taking it back.
  const handingOver = useRef(false);
  const download = useDownloadData(account);
  const name = account.organizationName;

  return (
    <>
      {/* Not modal: a modal menu closing as a modal dialog opens would leave the page inert. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button
            ref={button}
            type="button"
            className="button button--small action-menu__trigger"
            aria-label={`Actions for ${name}`}
            aria-busy={download.isPending || undefined}
          >
            Actions
            <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
              <path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </button>
        </DropdownMenu.Trigger>
        {/* Inside the page's main landmark, as the row it belongs to (it is positioned fixed, so it shows the same). */}
        <DropdownMenu.Portal container={document.getElementById('main')}>
          <DropdownMenu.Content
            className="action-menu"
            align="end"
            sideOffset={4}
            collisionPadding={8}
            aria-label={`Actions for ${name}`}
            onCloseAutoFocus={(event) => {
              if (!handingOver.current) return;
              handingOver.current = false;
              event.preventDefault();
            }}
          >
            {actions.map((action) => (
              <DropdownMenu.Item
                key={action}
                className={`action-menu__item${action === 'upgrade' ? ' action-menu__item--primary' : ''}`}
                disabled={action === 'download' && download.isPending}
                onSelect={() => {
                  if (action === 'download') {
                    download.mutate();
                    return;
                  }
                  handingOver.current = true;
                  setOpened(action);
                }}
              >
                {actionLabels[action]}
              </DropdownMenu.Item>
            ))}
            {actions.length > 0 ? <DropdownMenu.Separator className="action-menu__separator" /> : null}
            <DropdownMenu.Item asChild className="action-menu__item">
              <a href={account.consoleUrl} target="_blank" rel="noreferrer">
                Open account
              </a>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ActionDialogControlContext.Provider value={{ opened, close: () => setOpened(null), returnFocusTo: button }}>
        {actions
          .filter((action) => action !== 'download')
          .map((action) => (
            <ActionControl key={action} action={action} account={account} asOf={asOf} small />
          ))}
      </ActionDialogControlContext.Provider>
    </>
  );
}
