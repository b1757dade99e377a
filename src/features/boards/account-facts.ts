import type { Account } from '../../api/contract';
import { freemiumSince, trialDaysLeft } from '../../domain/account-status';
import { freemiumShortfall, monitoredUsersOf } from '../../domain/freemium';
import { addDays } from '../../domain/calendar';
import { usersOverSeats } from '../../domain/active-users';
import { formatCount, formatDay, formatShare, plural } from '../../components/format';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

export interface AccountFacts {
  badge: { label: string; tone: Tone };
  /** What "Monitored users" says: on Freemium, how many of the account's users it still monitors ("3 of 40"). */
  monitoredUsers: string;
  facts: Array<{ term: string; value: string }>;
  warning: string | null;
  /** Seats used of purchased, for the meter on paid accounts. */
  seatUse: { used: number; seats: number } | null;
  /** A change already decided: a pending seat decrease, or a cancellation at the period's end. */
  note?: string;
}

function paidNote(account: Account): string | undefined {
  if (account.cancelsOn) return `Paid until ${formatDay(addDays(account.cancelsOn, -1))}, then cancelled`;
  if (account.pendingSeats !== null && account.renewsOn)
    return `${formatCount(account.seats ?? 0)} → ${formatCount(account.pendingSeats)} seats on ${formatDay(account.renewsOn)}`;
  return undefined;
}

/**
 * How near a trial's end is, in words that escalate with the colour (never
 * colour alone): today, tomorrow, within 3 days, within a week, later.
 */
export function trialEndBadge(daysLeft: number): AccountFacts['badge'] {
  // `daysLeft` counts today (30 on a trial's first day, 1 on its last), as trialDaysLeft does;
  // "Ends in N days" counts the days from today to the last day.
  const until = daysLeft - 1;
  if (until <= 0) return { label: 'Ends today', tone: 'danger' };
  if (until === 1) return { label: 'Ends tomorrow', tone: 'danger' };
  if (until <= 3) return { label: `Ends in ${until} days`, tone: 'warning' };
  if (until <= 7) return { label: `Ends in ${until} days`, tone: 'info' };
  return { label: `${plural(daysLeft, 'day', 'days')} left`, tone: 'neutral' };
}

/** What a card or row says about an account, given the server's today. */
export function accountFacts(account: Account, asOf: string): AccountFacts {
  if (account.status === 'paid') {
    const seats = account.seats ?? 0;
    const over = usersOverSeats(account.monitoredUsers, seats);
    return {
      badge: { label: 'Paid', tone: 'success' },
      monitoredUsers: formatCount(account.monitoredUsers),
      facts: [{ term: 'Seats used', value: `${formatCount(account.monitoredUsers)} of ${formatCount(seats)}` }],
      warning: over > 0 ? `Over its seats by ${plural(over, 'user', 'users')}` : null,
      seatUse: { used: account.monitoredUsers, seats },
      note: paidNote(account),
    };
  }
  const endsAt = account.trialEndsAt ?? asOf;
  if (account.status === 'trial') {
    // The badge says how near the end is, in escalating words and colour: no "Days left" fact repeats it,
    // as the list has no such column.
    return {
      badge: trialEndBadge(trialDaysLeft(endsAt, asOf)),
      monitoredUsers: formatCount(account.monitoredUsers),
      facts: [{ term: 'Trial ends', value: formatDay(endsAt) }],
      warning: null,
      seatUse: null,
    };
  }
  return {
    badge: { label: 'Expired', tone: 'neutral' },
    monitoredUsers: formatShare(monitoredUsersOf('expired', account.monitoredUsers), account.monitoredUsers),
    facts: [{ term: 'On Freemium since', value: formatDay(freemiumSince(endsAt)) }],
    warning: freemiumShortfall(account.monitoredUsers),
    seatUse: null,
  };
}
