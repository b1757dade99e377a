import { useQuery } from '@tanstack/react-query';
import { summaryQueryOptions } from '../../api/accounts';
import { formatCount } from '../../components/format';
import { Skeleton } from '../../components/skeleton';
import { useCutOff } from '../../stores/connection-store';
import { LastKnown } from './last-known';
import './summary.css';

/**
 * The figure the MSP is billed on: monitored users over paid accounts only.
 * It is on every page, and any change that moves it invalidates the summary.
 */
export function ActiveUsersTotal() {
  const summary = useQuery(summaryQueryOptions());
  const stale = useCutOff() && summary.data !== undefined;
  return (
    <div
      className={`active-users${stale ? ' active-users--stale' : ''}`}
      title="Monitored users on paid subscriptions: what you are billed for"
    >
      <span className="active-users__label" id="active-users-label">
        Active Users
      </span>
      {summary.data ? (
        <span
          className="active-users__value numeric"
          data-testid="active-users-total"
          aria-describedby="active-users-label"
        >
          {formatCount(summary.data.activeUsers)}
          {stale ? <LastKnown /> : null}
        </span>
      ) : summary.isError ? (
        <span className="active-users__value" role="status">
          <button type="button" className="button button--small button--quiet" onClick={() => void summary.refetch()}>
            Unavailable, retry
          </button>
        </span>
      ) : (
        <span className="active-users__value">
          <Skeleton width="3.5rem" height="1.25rem" />
          <span className="visually-hidden">Loading</span>
        </span>
      )}
    </div>
  );
}
