import { createContext } from 'react';

/** Whether the board on screen has bulk actions, so its cards and rows draw a checkbox. */
export const BulkSelectable = createContext(false);
