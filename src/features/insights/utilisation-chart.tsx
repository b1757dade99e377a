import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../api/contract';
import type { UtilisationBucket } from '../../domain/insights';
import { formatCount } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  axisLabel,
  axisLine,
  axisTick,
  CHART_HEIGHT,
  chartColors,
  formatCompactCount,
  formatPercent,
  gridStroke,
  tooltipCursor,
  tooltipLabelStyle,
  tooltipStyle,
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
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 16, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={gridStroke} horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={formatCompactCount}
              tick={axisTick}
              axisLine={axisLine}
              tickLine={false}
              label={axisLabel('Paid accounts')}
              height={40}
            />
            <YAxis
              type="category"
              dataKey="label"
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={88}
              label={axisLabel('Seats in use', true)}
            />
            <Tooltip
              formatter={(value) => [formatCount(Number(value)), 'Paid accounts']}
              contentStyle={tooltipStyle}
              labelStyle={tooltipLabelStyle}
              cursor={tooltipCursor}
            />
            <Bar dataKey="accounts" name="Paid accounts" isAnimationActive={false}>
              {data.map((entry) => (
                <Cell key={entry.bucket} fill={bucketColors[entry.bucket]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Paid accounts by seat utilisation</caption>
          <thead>
            <tr>
              <th scope="col">Seats in use</th>
              <th scope="col" className="data-table__number">
                Paid accounts
              </th>
              <th scope="col" className="data-table__number">
                Seats
              </th>
              <th scope="col" className="data-table__number">
                Monitored users
              </th>
              <th scope="col" className="data-table__number">
                Utilisation
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((entry) => (
              <tr key={entry.bucket}>
                <th scope="row">{entry.label}</th>
                <td className="data-table__number numeric">{formatCount(entry.accounts)}</td>
                <td className="data-table__number numeric">{formatCount(entry.seats)}</td>
                <td className="data-table__number numeric">{formatCount(entry.monitoredUsers)}</td>
                <td className="data-table__number numeric">
                  {entry.seats === 0 ? '—' : formatPercent(entry.monitoredUsers / entry.seats)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
