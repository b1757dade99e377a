import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../api/contract';
import { formatCount, formatDay, plural } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  axisLabel,
  axisLine,
  axisTick,
  CHART_HEIGHT,
  chartColors,
  formatCompactCount,
  gridStroke,
  legendProps,
  tooltipCursor,
  tooltipLabelStyle,
  tooltipStyle,
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
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT + 40}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={gridStroke} vertical={false} />
            <XAxis
              dataKey="daysLeft"
              tick={axisTick}
              axisLine={axisLine}
              tickLine={false}
              minTickGap={8}
              label={axisLabel('Days left')}
              height={40}
            />
            <YAxis
              allowDecimals={false}
              tickFormatter={formatCompactCount}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={56}
              label={axisLabel('Trials', true)}
            />
            <Tooltip
              formatter={(value, name) => [formatCount(Number(value)), name]}
              labelFormatter={(daysLeft) => daysLeftText(Number(daysLeft))}
              contentStyle={tooltipStyle}
              labelStyle={tooltipLabelStyle}
              cursor={tooltipCursor}
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
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Active trials by days left and creation week</caption>
          <thead>
            <tr>
              <th scope="col">Days left</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="data-table__number">
                  {seriesName(s)}
                </th>
              ))}
              <th scope="col" className="data-table__number">
                All trials
              </th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((row) => row.total > 0)
              .map((row) => (
                <tr key={row.daysLeft}>
                  <th scope="row">{daysLeftText(row.daysLeft)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="data-table__number numeric">
                      {formatCount(row.counts[s.key] ?? 0)}
                    </td>
                  ))}
                  <td className="data-table__number numeric">{formatCount(row.total)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      }
    />
  );
}
