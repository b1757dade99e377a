import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../api/contract';
import { formatCount } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  CHART_HEIGHT,
  chartColors,
  chartProps,
  formatCompactCount,
  formatMonth,
  formatPercent,
  gridStroke,
  legendProps,
  tooltipTheme,
  xAxisTheme,
  yAxisTheme,
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
      height={CHART_HEIGHT + 40}
      chart={
        // Less room on the right, where the rate's axis has its own ticks.
        <ComposedChart data={cohorts} {...chartProps} margin={{ ...chartProps.margin, right: 8 }}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="month" tickFormatter={formatMonth} {...xAxisTheme('Month created')} />
          <YAxis
            yAxisId="accounts"
            allowDecimals={false}
            tickFormatter={formatCompactCount}
            width={56}
            {...yAxisTheme('Accounts')}
          />
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 1]}
            tickFormatter={formatPercent}
            width={48}
            {...yAxisTheme()}
          />
          <Tooltip
            formatter={(value, name) => [
              name === 'Conversion rate' ? formatPercent(Number(value)) : formatCount(Number(value)),
              name,
            ]}
            labelFormatter={(month) => (typeof month === 'string' ? formatMonth(month) : '')}
            {...tooltipTheme}
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
      }
      figures={{
        caption: 'Trial-to-paid conversion by month created',
        rowHeading: 'Month created',
        columns: ['Created', 'Became paid', 'Conversion rate'],
        rows: cohorts.map((cohort) => ({
          key: cohort.month,
          heading: formatMonth(cohort.month),
          cells: [formatCount(cohort.created), formatCount(cohort.converted), formatPercent(cohort.rate)],
        })),
      }}
    />
  );
}
