import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../api/contract';
import { formatCount, formatDay, plural } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  CHART_HEIGHT,
  chartColors,
  chartProps,
  formatCompactCount,
  gridStroke,
  legendProps,
  tooltipTheme,
  xAxisTheme,
  yAxisTheme,
} from './chart-theme';
import { pipelineSeries, type PipelineSeries } from './pipeline-series';

const seriesName = (series: PipelineSeries) =>
  series.week === null ? 'Created earlier (extended)' : `Created week of ${formatDay(series.week)}`;
const daysLeftText = (daysLeft: number) => (daysLeft === 0 ? 'Ends today' : `${plural(daysLeft, 'day', 'days')} left`);

/** Active trials by days left, stacked by the week they were created in. */
export function PipelineChart({ pipeline }: { pipeline: Insights['trialPipeline'] }) {
  const { series, rows } = pipelineSeries(pipeline);
  const data = rows.map((row) => ({ daysLeft: row.daysLeft, ...row.counts }));
  return (
    <ChartCard
      title="Trial pipeline"
      description="Active trials by days left, stacked by the week they were created in: the oldest sign-ups late in the pipeline are trials that were extended."
      empty={
        rows.length === 0
          ? { title: 'No active trials', body: 'Trials you add appear here with the days they have left.' }
          : null
      }
      height={CHART_HEIGHT + 40}
      chart={
        <BarChart data={data} {...chartProps}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="daysLeft" minTickGap={8} {...xAxisTheme('Days left')} />
          <YAxis allowDecimals={false} tickFormatter={formatCompactCount} width={56} {...yAxisTheme('Trials')} />
          <Tooltip
            formatter={(value, name) => [formatCount(Number(value)), name]}
            labelFormatter={(daysLeft) => daysLeftText(Number(daysLeft))}
            {...tooltipTheme}
          />
          <Legend {...legendProps} />
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={seriesName(s)}
              stackId="trials"
              fill={chartColors.series[index % chartColors.series.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      figures={{
        caption: 'Active trials by days left and creation week',
        rowHeading: 'Days left',
        columns: [...series.map(seriesName), 'All trials'],
        rows: rows
          .filter((row) => row.total > 0)
          .map((row) => ({
            key: String(row.daysLeft),
            heading: daysLeftText(row.daysLeft),
            cells: [...series.map((s) => formatCount(row.counts[s.key] ?? 0)), formatCount(row.total)],
          })),
      }}
    />
  );
}
