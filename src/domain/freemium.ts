import { accountRules } from './account-rules';
import type { AccountStatus } from './account-status';

/**
 * Users an account has monitored: all of them, except on Freemium (an
 * expired trial), which monitors up to its limit. Board totals count these,
 * so a total never includes users nobody monitors.
 */
export function monitoredUsersOf(status: AccountStatus, users: number): number {
  return status === 'expired' ? Math.min(users, accountRules.freemiumUserLimit) : users;
}

/** The one sentence for an account on Freemium with more users than it monitors, or null. */
export function freemiumShortfall(users: number): string | null {
  const unmonitored = users - accountRules.freemiumUserLimit;
  if (unmonitored <= 0) return null;
  return `${unmonitored} ${unmonitored === 1 ? 'user' : 'users'} not monitored: Freemium monitors up to ${accountRules.freemiumUserLimit}`;
}
