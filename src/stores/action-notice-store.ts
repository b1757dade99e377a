import { create } from 'zustand';

export type NoticeTone = 'success' | 'error';

/** An account the notice is about, named at its start as a link to the account's page. */
export interface NoticeSubject {
  accountNumber: string;
  name: string;
}

interface ActionNoticeState {
  /** What an action did, or why a change the console showed ahead of the server was taken back. */
  notice: { id: number; text: string; tone: NoticeTone; subject?: NoticeSubject } | null;
  show: (text: string, tone?: NoticeTone, subject?: NoticeSubject) => void;
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
  show: (text, tone = 'error', subject) => set({ notice: { id: nextId++, text, tone, subject } }),
  dismiss: () => set({ notice: null }),
}));
