import type { Account } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { freemiumSince, trialDaysLeft, trialDaysLeftLabel } from '../../domain/account-status';
import { monitoredUsersOf } from '../../domain/freemium';
import { addDays, daysBetween } from '../../domain/calendar';
import { trialCap } from '../../domain/lifecycle/lifecycle-rules';
import { formatCount, formatDay, formatMoney, formatShare, plural } from '../../components/format';

export interface Fact {
  term: string;
  value: string;
  /** Figures line up in tabular digits; words do not need to. */
  numeric?: boolean;
}

/** Everything the account page states about an account, in the order a person reads it, as of the server's today. */
export function accountPageFacts(account: Account, asOf: string): Fact[] {
  const facts: Fact[] = [
    { term: 'Primary admin', value: account.email },
    { term: 'Created', value: formatDay(account.createdAt), numeric: true },
    {
      term: 'Monitored users',
      value: formatShare(monitoredUsersOf(account.status, account.monitoredUsers), account.monitoredUsers),
      numeric: true,
    },
  ];
  if ((account.status === 'trial' || account.status === 'expired') && account.trialEndsAt) {
    const left = trialDaysLeft(account.trialEndsAt, asOf);
    facts.push(
      account.status === 'trial'
        ? { term: 'Trial ends', value: formatDay(account.trialEndsAt), numeric: true }
        : { term: 'On Freemium since', value: formatDay(freemiumSince(account.trialEndsAt)), numeric: true },
      account.status === 'trial'
        ? { term: 'Days left', value: trialDaysLeftLabel(left), numeric: true }
        : { term: 'Freemium limit', value: plural(accountRules.freemiumUserLimit, 'user', 'users'), numeric: true },
      { term: 'Longest possible trial', value: `Until ${formatDay(trialCap(account))}`, numeric: true },
    );
  }
  if (account.paidSince) facts.push({ term: 'Paid since', value: formatDay(account.paidSince), numeric: true });
  if (account.seats !== null)
    facts.push({
      term: 'Seats used',
      value: `${formatCount(account.monitoredUsers)} of ${formatCount(account.seats)}`,
      numeric: true,
    });
  if (account.status === 'paid' && account.periodStart && account.renewsOn) {
    facts.push(
      {
        term: 'Current period',
        value: `${formatDay(account.periodStart)} – ${formatDay(addDays(account.renewsOn, -1))}`,
        numeric: true,
      },
      { term: account.cancelsOn ? 'Ends on' : 'Renews on', value: formatDay(account.renewsOn), numeric: true },
    );
  }
  if (account.status === 'paid')
    facts.push({
      term: 'Next charge',
      value: account.nextChargeCents === null ? 'None: cancelled' : formatMoney(account.nextChargeCents),
      numeric: true,
    });
  if (account.endedOn) facts.push({ term: 'Ended on', value: formatDay(account.endedOn), numeric: true });
  if (account.deleteAfter) {
    const left = Math.max(0, daysBetween(asOf, account.deleteAfter));
    facts.push({
      term: 'Deleted for good on',
      value: `${formatDay(account.deleteAfter)} (${plural(left, 'day', 'days')} left)`,
      numeric: true,
    });
  }
  return facts;
}
