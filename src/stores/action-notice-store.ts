import { create } from 'zustand';

export type NoticeTone = 'success' | 'error';

interface ActionNoticeState {
  /** What an action did, or why a change the console showed ahead of the server was taken back. */
  notice: { id: number; text: string; tone: NoticeTone } | null;
  show: (text: string, tone?: NoticeTone) => void;
  dismiss: () => void;
}

let nextId = 1;

/**
 * Ephemeral UI only: an action's card can leave the board, and an optimistic
 * change can fail after its dialog has closed, so the outcome is told in one
 * place in the shell.
 */
export const useActionNotice = create<ActionNoticeState>()((set) => ({
  notice: null,
  show: (text, tone = 'error') => set({ notice: { id: nextId++, text, tone } }),
  dismiss: () => set({ notice: null }),
}));
