import {
  cloneElement,
  createContext,
  isValidElement,
  lazy,
  Suspense,
  useContext,
  useState,
  type MouseEvent,
  type ReactElement,
} from 'react';
import type { DialogProps } from './radix-dialog';
import './dialog.css';

const loadDialog = () => import('./radix-dialog');
const RadixDialogImpl = lazy(loadDialog);

/** Starts loading the dialog code when a trigger is pointed at or focused, so it is there by the click. */
export function preloadDialog(): void {
  void loadDialog();
}

const CloseContext = createContext<(() => void) | null>(null);

type Handlers = {
  onClick?: (event: MouseEvent) => void;
  onPointerEnter?: (event: MouseEvent) => void;
  onFocus?: (event: unknown) => void;
};

/**
 * A modal dialog (Radix: focus trapped, Escape closes, named by its title,
 * focus back to its trigger). Until a dialog is first opened only its
 * trigger is drawn, so the dialog code stays out of the first page; it
 * loads on hover or focus of the trigger and is in place by the click. The
 * trigger stays the same element throughout, so focus can return to it.
 */
export function Dialog(props: DialogProps) {
  const { open, onOpenChange, trigger, onCloseAutoFocus } = props;
  const [engaged, setEngaged] = useState(open);
  if (open && !engaged) setEngaged(true);
  // The element focus goes back to on close (kept as state: it is read only in the close handler).
  const [returnTo, setReturnTo] = useState<HTMLElement | null>(null);

  const triggerElement = isValidElement<Handlers>(trigger)
    ? cloneElement(trigger as ReactElement<Handlers & Record<string, unknown>>, {
        'aria-haspopup': 'dialog',
        'aria-expanded': open,
        onPointerEnter: (event: MouseEvent) => {
          trigger.props.onPointerEnter?.(event);
          preloadDialog();
        },
        onFocus: (event: unknown) => {
          trigger.props.onFocus?.(event);
          preloadDialog();
        },
        onClick: (event: MouseEvent) => {
          trigger.props.onClick?.(event);
          if (event.defaultPrevented) return;
          setReturnTo(event.currentTarget as HTMLElement);
          onOpenChange(true);
        },
      })
    : (trigger ?? null);

  const restoreFocus = (event: Event) => {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    if (returnTo?.isConnected) returnTo.focus();
  };

  return (
    <>
      {triggerElement}
      {engaged ? (
        <CloseContext.Provider value={() => onOpenChange(false)}>
          <Suspense fallback={null}>
            <RadixDialogImpl {...props} trigger={undefined} onCloseAutoFocus={restoreFocus} />
          </Suspense>
        </CloseContext.Provider>
      ) : null}
    </>
  );
}

/** Closes the dialog it is in when its one child (a button) is clicked. */
export function DialogClose({ children }: { asChild: true; children: ReactElement<Handlers> }) {
  const close = useContext(CloseContext);
  return cloneElement(children, {
    onClick: (event: MouseEvent) => {
      children.props.onClick?.(event);
      if (!event.defaultPrevented) close?.();
    },
  });
}
