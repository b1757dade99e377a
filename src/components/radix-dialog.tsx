import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  /** The control that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
  children: ReactNode;
  /** Runs as focus returns on close; preventDefault() keeps Radix from focusing the trigger. */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * A modal dialog on Radix: it traps focus, closes on Escape, returns focus
 * to its trigger and names itself by its title. Loaded when a dialog is
 * first wanted (see dialog.tsx), so Radix is not part of the first page.
 */
export default function RadixDialogImpl({
  open,
  onOpenChange,
  title,
  description,
  trigger,
  children,
  onCloseAutoFocus,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className="dialog"
          onCloseAutoFocus={onCloseAutoFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="dialog__description">{description}</RadixDialog.Description>
          ) : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
