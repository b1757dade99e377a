import { create } from 'zustand';

interface BulkSelectionState {
  /** Which board and search the selection was made on; a new one starts empty. */
  scope: string;
  selected: ReadonlySet<string>;
  /** Every account matching the board's search and filters, loaded or not. */
  allMatching: boolean;
  toggle: (accountNumber: string) => void;
  selectAllMatching: () => void;
  clear: () => void;
  /** Called as the board, search or filters change: the selection is of one of them only. */
  enterScope: (scope: string) => void;
}

const empty: ReadonlySet<string> = new Set();

/** UI state only: which accounts of a board are selected for a bulk action. */
export const useBulkSelection = create<BulkSelectionState>()((set) => ({
  scope: '',
  selected: empty,
  allMatching: false,
  toggle: (accountNumber) =>
    set((state) => {
      const selected = new Set(state.selected);
      if (!selected.delete(accountNumber)) selected.add(accountNumber);
      return { selected, allMatching: false };
    }),
  selectAllMatching: () => set({ selected: empty, allMatching: true }),
  clear: () => set({ selected: empty, allMatching: false }),
  enterScope: (scope) =>
    set((state) => (state.scope === scope ? state : { scope, selected: empty, allMatching: false })),
}));
