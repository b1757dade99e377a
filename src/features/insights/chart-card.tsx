import { useId, type ReactNode } from 'react';
import { StatusPanel } from '../../components/status-panel';

interface ChartCardProps {
  title: string;
  description: ReactNode;
  /** When set, the chart has nothing to show and says why instead. */
  empty?: { title: string; body: ReactNode } | null;
  /** The chart itself: drawn for the eye, hidden from assistive technology (the table says the same). */
  chart: ReactNode;
  /** The same figures as a table: the chart's text alternative. */
  table: ReactNode;
}

/** One chart: its title and what it shows, the drawing, and the figures as a table to open or to hear. */
export function ChartCard({ title, description, empty, chart, table }: ChartCardProps) {
  const titleId = useId();
  return (
    <section className="chart-card" aria-labelledby={titleId}>
      <header className="chart-card__header">
        <h2 id={titleId}>{title}</h2>
        <p className="muted">{description}</p>
      </header>
      {empty ? (
        <StatusPanel tone="empty" title={empty.title}>
          {empty.body}
        </StatusPanel>
      ) : (
        <>
          <div className="chart-card__chart" aria-hidden="true">
            {chart}
          </div>
          <details className="chart-card__table">
            <summary>Show {title} as a table</summary>
            {/* A scrolling region must be reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable), which
                jsx-a11y's strict preset does not allow for; the region role and name say what the stop is. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <div className="table-scroll" role="region" aria-label={`${title} table`} tabIndex={0}>
              {table}
            </div>
          </details>
        </>
      )}
    </section>
  );
}
