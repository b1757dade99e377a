import { Link } from '@tanstack/react-router';
import type { HistoryEntry } from '../../api/contract';
import { formatDay, formatInstant, formatMoney } from '../../components/format';
import { historySentence } from './history-sentence';
import './history.css';
import { ScrollRegion } from '../../components/scroll-region';

interface HistoryTableProps {
  caption: string;
  entries: HistoryEntry[];
  /** The fleet's activity names the account of each entry; an account's own history does not need to. */
  showAccount?: boolean;
}

/**
 * Who changed what and when, newest first, each change in one sentence written from its fields. A change time
 * brought is shown as the calendar day it took effect, the same day in every time zone.
 */
export function HistoryTable({ caption, entries, showAccount }: HistoryTableProps) {
  // Once deleted for good an account has no page to link to.
  const deleted = new Set(entries.filter((entry) => entry.action === 'deleted').map((entry) => entry.accountNumber));
  return (
    <ScrollRegion label={caption}>
      <table className="data-table history-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            {showAccount ? <th scope="col">Account</th> : null}
            <th scope="col">Who</th>
            <th scope="col">What happened</th>
            <th scope="col" className="data-table__number">
              Charge
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="history-table__when numeric">
                {entry.effectiveOn ? (
                  <time dateTime={entry.effectiveOn}>{formatDay(entry.effectiveOn)}</time>
                ) : (
                  <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                )}
              </td>
              {showAccount ? (
                <td className="history-table__account">
                  {deleted.has(entry.accountNumber) ? (
                    <span>{entry.organizationName}</span>
                  ) : (
                    <Link to="/accounts/$accountNumber" params={{ accountNumber: entry.accountNumber }}>
                      {entry.organizationName}
                    </Link>
                  )}
                  <span className="data-table__account-number">{entry.accountNumber}</span>
                </td>
              ) : null}
              <td className="history-table__who">{entry.actor}</td>
              <td className="history-table__what">{historySentence(entry)}</td>
              <td className="data-table__number numeric">
                {entry.chargeCents === null ? <span className="muted">—</span> : formatMoney(entry.chargeCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
