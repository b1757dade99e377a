import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../api/contract';
import type { UtilisationBucket } from '../../domain/insights';
import { formatCount } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  chartColors,
  chartProps,
  formatCompactCount,
  formatPercent,
  gridStroke,
  tooltipTheme,
  xAxisTheme,
  yAxisTheme,
} from './chart-theme';

const bucketLabels: Record<UtilisationBucket, string> = {
  'under-25': 'Under 25%',
  '25-49': '25–49%',
  '50-74': '50–74%',
  '75-100': '75–100%',
  over: 'Over seats',
};
const bucketColors: Record<UtilisationBucket, string> = {
  'under-25': chartColors.series[3]!,
  '25-49': chartColors.series[2]!,
  '50-74': chartColors.series[1]!,
  '75-100': chartColors.series[0]!,
  over: chartColors.danger,
};

/** Paid accounts by how many of their seats have monitored users. */
export function UtilisationChart({ utilisation }: { utilisation: Insights['utilisation'] }) {
  const data = utilisation.map((entry) => ({ ...entry, label: bucketLabels[entry.bucket] }));
  const none = utilisation.every((entry) => entry.accounts === 0);
  return (
    <ChartCard
      title="Seat utilisation"
      description="Paid accounts by monitored users ÷ seats: the top bars have seats to spare, the bottom one has more users than seats."
      empty={
        none ? { title: 'No paid accounts', body: 'Upgraded accounts appear here by how full their seats are.' } : null
      }
      chart={
        // Less room on the left, where the bucket names stand.
        <BarChart data={data} layout="vertical" {...chartProps} margin={{ ...chartProps.margin, left: 8 }}>
          <CartesianGrid stroke={gridStroke} horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={formatCompactCount}
            {...xAxisTheme('Paid accounts')}
          />
          <YAxis type="category" dataKey="label" width={88} {...yAxisTheme('Seats in use')} />
          <Tooltip formatter={(value) => [formatCount(Number(value)), 'Paid accounts']} {...tooltipTheme} />
          <Bar dataKey="accounts" name="Paid accounts" isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.bucket} fill={bucketColors[entry.bucket]} />
            ))}
          </Bar>
        </BarChart>
      }
      figures={{
        caption: 'Paid accounts by seat utilisation',
        rowHeading: 'Seats in use',
        columns: ['Paid accounts', 'Seats', 'Monitored users', 'Utilisation'],
        rows: data.map((entry) => ({
          key: entry.bucket,
          heading: entry.label,
          cells: [
            formatCount(entry.accounts),
            formatCount(entry.seats),
            formatCount(entry.monitoredUsers),
            entry.seats === 0 ? '—' : formatPercent(entry.monitoredUsers / entry.seats),
          ],
        })),
      }}
    />
  );
}
