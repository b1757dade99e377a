import type { BoardStatus } from '../../domain/account-status';

export interface BoardDefinition {
  status: BoardStatus;
  title: string;
  path: '/paid' | '/trials' | '/expired';
  emptyTitle: string;
  emptyText: string;
}

/** The three boards, in the order the navigation shows them. */
export const boards: readonly BoardDefinition[] = [
  {
    status: 'paid',
    title: 'Paid Subscriptions',
    path: '/paid',
    emptyTitle: 'No paid subscriptions yet',
    emptyText: 'Customers appear here once a trial is upgraded to a paid subscription.',
  },
  {
    status: 'trial',
    title: 'Active Trials',
    path: '/trials',
    emptyTitle: 'No active trials',
    emptyText: 'Add a customer to start a 30-day trial.',
  },
  {
    status: 'expired',
    title: 'Expired Trials',
    path: '/expired',
    emptyTitle: 'No expired trials',
    emptyText: 'Trials that run out without an upgrade are listed here, on Freemium.',
  },
];

export function boardFor(status: BoardStatus): BoardDefinition {
  return boards.find((board) => board.status === status)!;
}
