import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../api/contract';
import { formatCount } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  axisLabel,
  axisLine,
  axisTick,
  CHART_HEIGHT,
  chartColors,
  formatCompactCount,
  formatMonth,
  formatPercent,
  gridStroke,
  legendProps,
  tooltipCursor,
  tooltipLabelStyle,
  tooltipStyle,
} from './chart-theme';

/** Trial-to-paid conversion of each creation month: created, became paid, and the share. */
export function CohortChart({ cohorts }: { cohorts: Insights['cohorts'] }) {
  const none = cohorts.every((cohort) => cohort.created === 0);
  return (
    <ChartCard
      title="Trial-to-paid conversion"
      description="Accounts by the month they were created: how many, how many of them became paid, and the conversion rate. Recent months are still converting."
      empty={
        none ? { title: 'No accounts created in this range', body: 'Each month you add trials gets a bar here.' } : null
      }
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT + 40}>
          <ComposedChart data={cohorts} margin={{ top: 8, right: 8, bottom: 16, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={gridStroke} vertical={false} />
            <XAxis
              dataKey="month"
              tickFormatter={formatMonth}
              tick={axisTick}
              axisLine={axisLine}
              tickLine={false}
              label={axisLabel('Month created')}
              height={40}
            />
            <YAxis
              yAxisId="accounts"
              allowDecimals={false}
              tickFormatter={formatCompactCount}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={56}
              label={axisLabel('Accounts', true)}
            />
            <YAxis
              yAxisId="rate"
              orientation="right"
              domain={[0, 1]}
              tickFormatter={formatPercent}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={48}
            />
            <Tooltip
              formatter={(value, name) => [
                name === 'Conversion rate' ? formatPercent(Number(value)) : formatCount(Number(value)),
                name,
              ]}
              labelFormatter={(month) => (typeof month === 'string' ? formatMonth(month) : '')}
              contentStyle={tooltipStyle}
              labelStyle={tooltipLabelStyle}
              cursor={tooltipCursor}
            />
            <Legend {...legendProps} />
            <Bar
              yAxisId="accounts"
              dataKey="created"
              name="Created"
              fill={chartColors.series[1]}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="accounts"
              dataKey="converted"
              name="Became paid"
              fill={chartColors.series[0]}
              isAnimationActive={false}
            />
            <Line
              yAxisId="rate"
              dataKey="rate"
              name="Conversion rate"
              stroke={chartColors.warning}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Trial-to-paid conversion by month created</caption>
          <thead>
            <tr>
              <th scope="col">Month created</th>
              <th scope="col" className="data-table__number">
                Created
              </th>
              <th scope="col" className="data-table__number">
                Became paid
              </th>
              <th scope="col" className="data-table__number">
                Conversion rate
              </th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((cohort) => (
              <tr key={cohort.month}>
                <th scope="row">{formatMonth(cohort.month)}</th>
                <td className="data-table__number numeric">{formatCount(cohort.created)}</td>
                <td className="data-table__number numeric">{formatCount(cohort.converted)}</td>
                <td className="data-table__number numeric">{formatPercent(cohort.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
