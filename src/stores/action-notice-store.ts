import { create } from 'zustand';

interface ActionNoticeState {
  /** Why a change the console showed ahead of the server was taken back. */
  notice: { id: number; text: string } | null;
  show: (text: string) => void;
  dismiss: () => void;
}

/**
 * Ephemeral UI only: an optimistic change can fail after its dialog has closed
 * and its card has moved, so the reason is shown in one place in the shell.
 */
export const useActionNotice = create<ActionNoticeState>()((set) => ({
  notice: null,
  show: (text) => set({ notice: { id: Date.now(), text } }),
  dismiss: () => set({ notice: null }),
}));
