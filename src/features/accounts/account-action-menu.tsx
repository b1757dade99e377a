import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../api/contract';
import { useMay } from '../../api/permissions';
import { actionPermissions } from '../../domain/permissions';
import { actionLabels, allowedActions } from '../../domain/lifecycle/allowed-actions';
import { ActionDialogs, useActionDialogs } from './account-action-list';
import { useDownloadData } from './download-data-button';
import './accounts.css';

/** How the plain button was pressed: the real menu opens the same way. */
type ArmedBy = 'pointer' | 'keyboard';

interface MenuProps {
  account: Account;
  asOf: string;
}

/**
 * A list row's actions as one menu: the same actions the card offers, opening the same dialogs, and the customer's
 * console. Until it is first pressed, the menu is a plain button of the same name and look:
 * a Radix menu root, a download mutation and the dialogs for every row that scrolls into view were most of what a
 * list row cost to draw (issue 7). The press mounts the real menu, open, and it stays mounted.
 */
export function AccountActionMenu(props: MenuProps) {
  const [armedBy, setArmedBy] = useState<ArmedBy | null>(null);
  if (armedBy) return <ArmedActionMenu {...props} armedBy={armedBy} />;
  return (
    <button
      type="button"
      className="button button--small action-menu__trigger"
      aria-label={`Actions for ${props.account.organizationName}`}
      aria-haspopup="menu"
      aria-expanded={false}
      // A keyboard's Enter or Space clicks with no pointer detail; ArrowDown opens a menu button too.
      onClick={(event) => setArmedBy(event.detail === 0 ? 'keyboard' : 'pointer')}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        setArmedBy('keyboard');
      }}
    >
      <MenuButtonFace />
    </button>
  );
}

function MenuButtonFace() {
  return (
    <>
      Actions
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
        <path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </>
  );
}

/** The menu itself, which owns which dialog is open; focus comes back to its button when the dialog closes. */
function ArmedActionMenu({ account, asOf, armedBy }: MenuProps & { armedBy: ArmedBy }) {
  const may = useMay();
  // The same actions as the card: what the account's state allows and the signed-in role may take.
  const actions = allowedActions(account, asOf).filter((action) => may(actionPermissions[action]));
  const dialogs = useActionDialogs();
  const button = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // Opened from the keyboard, a menu puts focus on its first item (the menu button pattern). The root did not see
  // that keypress, which landed on the plain button before it; this runs after the menu's own focus on open.
  useEffect(() => {
    if (armedBy === 'keyboard') content.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [armedBy]);
  // Set when an item opens a dialog: the closing menu then leaves focus to the dialog instead of taking it back.
  const handingOver = useRef(false);
  const download = useDownloadData(account);
  const name = account.organizationName;

  return (
    <>
      {/* Not modal: a modal menu closing as a modal dialog opens would leave the page inert. */}
      {/* Open from the start: the press that mounted it was on the plain button this replaced. */}
      <DropdownMenu.Root modal={false} defaultOpen>
        <DropdownMenu.Trigger asChild>
          <button
            ref={button}
            type="button"
            className="button button--small action-menu__trigger"
            aria-label={`Actions for ${name}`}
            aria-busy={download.isPending || undefined}
          >
            <MenuButtonFace />
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
            ref={content}
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
                  dialogs.open(action);
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
      <ActionDialogs dialogs={dialogs} actions={actions} returnFocusTo={button} account={account} asOf={asOf} small />
    </>
  );
}
