import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { summaryQueryOptions } from '../../api/accounts';
import { formatMoney, plural } from '../../components/format';
import { useCutOff } from '../../stores/connection-store';
import { SummaryFigure } from './summary-figure';
import './summary.css';

/**
 * What the next periods of all paid accounts will bill, pending decreases and
 * cancellations applied, and how many paid accounts have outgrown their seats.
 */
export function NextInvoiceTotal() {
  const summary = useQuery(summaryQueryOptions());
  const stale = useCutOff() && summary.data !== undefined;
  if (summary.isError) return null; // Active Users beside it already offers the retry.
  return (
    <>
      {summary.data && summary.data.overSeats > 0 ? (
        <Link to="/paid" className="over-seats-chip" title="Paid accounts with more monitored users than seats">
          <span aria-hidden="true">⚠ </span>
          {plural(summary.data.overSeats, 'account', 'accounts')} over seats
        </Link>
      ) : null}
      {/* Null for a role that may not see MSP-wide billing (Sales, a Technician): no figure, not a zero. */}
      {summary.data?.nextInvoiceCents === null ? null : (
        <SummaryFigure
          label="Next invoice"
          title="What the next period of every paid subscription will bill"
          testId="next-invoice-total"
          value={summary.data ? formatMoney(summary.data.nextInvoiceCents ?? 0) : undefined}
          stale={stale}
          loadingWidth="5rem"
        />
      )}
    </>
  );
}
