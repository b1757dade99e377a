import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { activityQueryOptions } from '../../api/activity';
import { useMay } from '../../api/permissions';
import { formatCount, formatMoney } from '../../components/format';
import { ActivityExportButton } from './activity-export-button';
import { ActivityFilters } from './activity-filters';
import { activityFiltersOf, type ActivitySearch } from './activity-search';
import { PagedHistory } from './paged-history';
import './activity.css';

const route = getRouteApi('/_authenticated/activity');

/** Every change to every account, newest first: the fleet's audit trail, filtered from the URL. */
export function ActivityPage() {
  const search = route.useSearch();
  const may = useMay();
  const navigate = useNavigate();
  const filters = activityFiltersOf(search);
  // Not suspense: a new filter keeps the last entries on screen until its own arrive.
  const history = useInfiniteQuery({ ...activityQueryOptions(filters), placeholderData: keepPreviousData });
  const first = history.data?.pages[0];
  const narrowed = Object.keys(filters).length > 0;
  const change = (patch: Partial<ActivitySearch>) =>
    void navigate({ to: '.', search: (previous: ActivitySearch) => ({ ...previous, ...patch }) });
  return (
    <section className="page" aria-busy={history.isPlaceholderData || undefined}>
      <header className="activity-header">
        <div>
          <h1>Activity</h1>
          <p className="muted">
            Every change to every account, newest first: who made it, what it did, what it charged.
          </p>
        </div>
        {may('export') ? <ActivityExportButton filters={filters} /> : null}
      </header>
      <ActivityFilters search={search} onChange={change} />
      {history.isPlaceholderData ? (
        // The last filter's figures stay off screen while the new one's arrive: they would not be what matches.
        <p className="activity-totals muted" aria-live="polite">
          Counting what matches…
        </p>
      ) : first ? (
        <p className="activity-totals" aria-live="polite">
          <span>
            {formatCount(first.total)} {first.total === 1 ? 'entry' : 'entries'}
            {narrowed ? ' match' : ''}
          </span>
          {first.chargedCents === null ? null : (
            <span>
              Total charged{narrowed ? ' in this selection' : ''}: <strong>{formatMoney(first.chargedCents)}</strong>
            </span>
          )}
        </p>
      ) : null}
      <PagedHistory
        history={history}
        caption="Activity across the fleet"
        showAccount
        emptyText={narrowed ? 'No changes match these filters' : 'No changes yet'}
      />
    </section>
  );
}
