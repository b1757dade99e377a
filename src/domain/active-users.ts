import type { AccountStatus } from './account-status';

export interface UsersByStatus {
  status: AccountStatus;
  monitoredUsers: number;
}

/**
 * Active Users is what the MSP is billed for: monitored users on paid
 * accounts. Trials, running or run out, are free and never count.
 */
export function activeUsers(accounts: Iterable<UsersByStatus>): number {
  let total = 0;
  for (const account of accounts) if (account.status === 'paid') total += account.monitoredUsers;
  return total;
}

/** How far over its seats a paid account is, or 0. */
export function usersOverSeats(monitoredUsers: number, seats: number | null): number {
  return seats === null ? 0 : Math.max(0, monitoredUsers - seats);
}
