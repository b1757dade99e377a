import type { ReactNode } from 'react';
import type { Account } from '../../api/contract';
import { addDays } from '../../domain/calendar';
import type { BoardStatus } from '../../domain/account-status';
import { usersOverSeats } from '../../domain/active-users';
import { freemiumShortfall, monitoredUsersOf } from '../../domain/freemium';
import { freemiumSince } from '../../domain/account-status';
import { accountFacts } from './account-facts';
import { formatCount, formatDay, formatMoney, formatShare, plural } from '../../components/format';

interface CellContext {
  asOf: string;
  /** The price of a seat for a month, in cents: the server's. */
  pricePerSeatCents: number;
}

export interface ListColumn {
  key: string;
  header: string;
  /** Numbers and days: right-aligned, tabular figures. */
  numeric?: boolean;
  cell: (account: Account, context: CellContext) => ReactNode;
}

/** A cell with nothing to say: a dash to the eye, words to a screen reader. */
function none(words: string) {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

function warning(text: string) {
  return (
    <span className="accounts-table__warning">
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}

const paidColumns: ListColumn[] = [
  {
    key: 'seats',
    header: 'Seats used',
    numeric: true,
    cell: (account) => {
      const seats = account.seats ?? 0;
      const over = usersOverSeats(account.monitoredUsers, seats);
      return (
        <>
          {formatCount(account.monitoredUsers)} / {formatCount(seats)}
          {over > 0 ? warning(`Over by ${plural(over, 'user', 'users')}`) : null}
        </>
      );
    },
  },
  {
    key: 'monthly',
    header: 'Monthly',
    numeric: true,
    cell: (account, { pricePerSeatCents }) => formatMoney((account.seats ?? 0) * pricePerSeatCents),
  },
  {
    key: 'renews',
    header: 'Renews on',
    numeric: true,
    cell: (account) =>
      account.cancelsOn ? none('Does not renew') : account.renewsOn ? formatDay(account.renewsOn) : none('Unknown'),
  },
  {
    key: 'pending',
    header: 'Pending change',
    // The card's own words for it: "20 → 15 seats on Dec 14", "Paid until Dec 15, then cancelled".
    cell: (account, { asOf }) => {
      const note = accountFacts(account, asOf).note;
      return note ? <span className="accounts-table__note">{note}</span> : none('None');
    },
  },
];

const trialColumns: ListColumn[] = [
  {
    key: 'users',
    header: 'Monitored users',
    numeric: true,
    cell: (account) => formatCount(account.monitoredUsers),
  },
  {
    key: 'ends',
    header: 'Trial ends',
    numeric: true,
    cell: (account, { asOf }) => formatDay(account.trialEndsAt ?? asOf),
  },
  {
    key: 'created',
    header: 'Created',
    numeric: true,
    cell: (account) => formatDay(account.createdAt),
  },
];

const expiredColumns: ListColumn[] = [
  {
    key: 'users',
    header: 'Monitored users',
    numeric: true,
    cell: (account) => {
      const shortfall = freemiumShortfall(account.monitoredUsers);
      return (
        <>
          {formatShare(monitoredUsersOf('expired', account.monitoredUsers), account.monitoredUsers)}
          {shortfall ? warning(shortfall) : null}
        </>
      );
    },
  },
  {
    key: 'freemium',
    header: 'On Freemium since',
    numeric: true,
    cell: (account, { asOf }) => formatDay(freemiumSince(account.trialEndsAt ?? addDays(asOf, -1))),
  },
];

/**
 * The list's columns between the company and the actions, each saying something no other column says: the
 * status badge already tells a trial's days left, so no column repeats it.
 */
export const listColumns: Record<BoardStatus, readonly ListColumn[]> = {
  paid: paidColumns,
  trial: trialColumns,
  expired: expiredColumns,
};
