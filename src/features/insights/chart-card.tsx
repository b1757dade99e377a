import { useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { StatusPanel } from '../../components/status-panel';
import { CHART_HEIGHT } from './chart-theme';
import { FigureTable, type FigureTableProps } from './figure-table';
import { ScrollRegion } from '../../components/scroll-region';

interface ChartCardProps {
  title: string;
  description: ReactNode;
  /** When set, the chart has nothing to show and says why instead of drawing empty axes. */
  empty?: { title: string; body: ReactNode } | null;
  /** The recharts chart: drawn the card's width and this high, for the eye only (the table says the same). */
  chart: ReactElement;
  height?: number;
  /** The same figures as a table: the chart's text alternative. */
  figures: FigureTableProps;
}

/**
 * The frame every Insights chart is drawn in: its title and what it shows,
 * the drawing hidden from assistive technology, and the figures as a table
 * to open or to hear, or, with nothing to show, a sentence saying why.
 * (Figures that cannot be loaded fail the whole page, which says so once.)
 */
export function ChartCard({ title, description, empty, chart, height = CHART_HEIGHT, figures }: ChartCardProps) {
  const titleId = useId();
  return (
    <section className="chart-card surface-card" aria-labelledby={titleId}>
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
            <ResponsiveContainer width="100%" height={height}>
              {chart}
            </ResponsiveContainer>
          </div>
          <details className="chart-card__table">
            <summary>Show {title} as a table</summary>
            <ScrollRegion label={`${title} table`}>
              <FigureTable {...figures} />
            </ScrollRegion>
          </details>
        </>
      )}
    </section>
  );
}
