import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const boardViews = ['cards', 'list'] as const;
export type BoardView = (typeof boardViews)[number];

interface ViewPreferenceState {
  view: BoardView;
  setView: (view: BoardView) => void;
}

/** The board view last chosen, used when a link does not say which. */
export const useViewPreference = create<ViewPreferenceState>()(
  persist(
    (set) => ({
      view: 'cards',
      setView: (view) => set({ view }),
    }),
    { name: 'mcc.view-preference', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
