import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { insightsQueryOptions } from '../../api/insights';
import { formatDay } from '../../components/format';
import { Skeleton } from '../../components/skeleton';
import { StatusPanel } from '../../components/status-panel';
import { insightRanges } from '../../domain/insights';
import { visibilityLabels } from '../../domain/permissions';
import { CohortChart } from './cohort-chart';
import { PipelineChart } from './pipeline-chart';
import { ActiveUsersChart, MrrChart } from './snapshot-charts';
import { UtilisationChart } from './utilisation-chart';
import '../../components/segmented.css';
import './insights.css';

const route = getRouteApi('/_authenticated/insights');

/** The fleet over time and now: Active Users, revenue, the trial pipeline, conversion and seat use. */
export function InsightsPage() {
  const { range } = route.useSearch();
  const insights = useQuery(insightsQueryOptions(range));

  return (
    <section className="page insights-page">
      <header className="page-header">
        <div>
          <h1>Insights</h1>
          <p className="muted">
            {insights.data
              ? `From ${formatDay(insights.data.from)} to ${formatDay(insights.data.asOf)}. Pipeline and seat utilisation are as of today.`
              : 'How your fleet has moved, and where it stands today.'}
          </p>
        </div>
        <div className="segmented" role="group" aria-label="Time range">
          {insightRanges.map((days) => (
            <Link
              key={days}
              to="/insights"
              search={{ range: days }}
              className="segmented__option"
              activeOptions={{ includeSearch: true }}
              activeProps={{ 'aria-current': 'page' }}
            >
              {days} days
            </Link>
          ))}
        </div>
      </header>

      {insights.isError && !insights.data ? (
        <StatusPanel
          tone="error"
          title="Insights could not be loaded"
          action={
            <button type="button" className="button button--primary" onClick={() => void insights.refetch()}>
              Retry
            </button>
          }
        >
          {insights.error instanceof Error ? insights.error.message : 'Something unexpected went wrong.'}
        </StatusPanel>
      ) : !insights.data ? (
        <div className="insights-grid" aria-busy="true" aria-label="Loading insights">
          {[1, 2, 3, 4].map((key) => (
            <div key={key} className="chart-card surface-card">
              <Skeleton width="40%" height="1.25rem" />
              <Skeleton height="14rem" />
            </div>
          ))}
        </div>
      ) : (
        <div className="insights-grid" aria-busy={insights.isPlaceholderData}>
          {insights.data.scope === 'all' ? (
            <>
              <ActiveUsersChart snapshots={insights.data.snapshots} />
              <MrrChart snapshots={insights.data.snapshots} />
            </>
          ) : (
            // The daily snapshots are the whole MSP's figures: a role that sees part of the fleet is not shown them.
            <p className="muted insights-scope" data-testid="insights-scope">
              Counting {visibilityLabels[insights.data.scope].toLowerCase()}. Daily Active Users and revenue cover the
              whole MSP and are shown to Admins.
            </p>
          )}
          <PipelineChart pipeline={insights.data.trialPipeline} />
          <CohortChart cohorts={insights.data.cohorts} />
          <UtilisationChart utilisation={insights.data.utilisation} />
        </div>
      )}
    </section>
  );
}
