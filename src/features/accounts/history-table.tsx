import { Link } from '@tanstack/react-router';
import type { HistoryEntry } from '../../api/contract';
import { formatDaysIn, formatInstant, formatMoney } from '../../components/format';
import { describeChange } from './history-change';
import './history.css';

interface HistoryTableProps {
  caption: string;
  entries: HistoryEntry[];
  /** The fleet's activity names the account of each entry; an account's own history does not need to. */
  showAccount?: boolean;
}

/** Who changed what and when, newest first, with the before and after of each change. */
export function HistoryTable({ caption, entries, showAccount }: HistoryTableProps) {
  // Once deleted for good an account has no page to link to.
  const deleted = new Set(entries.filter((entry) => entry.action === 'deleted').map((entry) => entry.accountNumber));
  return (
    <div className="table-scroll">
      <table className="data-table history-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            {showAccount ? <th scope="col">Account</th> : null}
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Change</th>
            <th scope="col" className="data-table__number">
              Charge
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="history-table__when numeric">
                <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
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
              <td>{formatDaysIn(entry.summary)}</td>
              <td className="history-table__change numeric">
                {describeChange(entry.before, entry.after).map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </td>
              <td className="data-table__number numeric">
                {entry.chargeCents === null ? <span className="muted">—</span> : formatMoney(entry.chargeCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
