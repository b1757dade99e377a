import { useQuery } from '@tanstack/react-query';
import { summaryQueryOptions } from '../../api/accounts';
import { formatCount } from '../../components/format';
import { useCutOff } from '../../stores/connection-store';
import { SummaryFigure } from './summary-figure';

/**
 * The figure the MSP is billed on: monitored users over paid accounts only.
 * It is on every page, and any change that moves it invalidates the summary.
 */
export function ActiveUsersTotal() {
  const summary = useQuery(summaryQueryOptions());
  const stale = useCutOff() && summary.data !== undefined;
  return (
    <SummaryFigure
      label="Active Users"
      title="Monitored users on paid subscriptions: what you are billed for"
      testId="active-users-total"
      value={summary.data ? formatCount(summary.data.activeUsers) : undefined}
      stale={stale}
      loadingWidth="3.5rem"
      failed={
        summary.isError ? (
          <span className="active-users__value" role="status">
            <button type="button" className="button button--small button--quiet" onClick={() => void summary.refetch()}>
              Unavailable, retry
            </button>
          </span>
        ) : undefined
      }
    />
  );
}
