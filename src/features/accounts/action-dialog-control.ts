import { createContext, useContext, type RefObject } from 'react';
import type { AccountAction } from '../../domain/lifecycle/allowed-actions';

/**
 * When an actions menu opens the dialogs, it owns which one is open and where focus returns (its own button): the
 * dialogs then draw no trigger of their own. Without it, each dialog has its button and its own open state.
 */
interface ActionDialogControl {
  opened: AccountAction | null;
  close: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export const ActionDialogControlContext = createContext<ActionDialogControl | null>(null);

export function useActionDialogControl(): ActionDialogControl | null {
  return useContext(ActionDialogControlContext);
}
