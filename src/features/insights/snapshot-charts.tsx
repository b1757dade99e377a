import { Area, AreaChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FleetSnapshot } from '../../api/contract';
import { formatCount, formatDay, formatMoney } from '../../components/format';
import { ChartCard } from './chart-card';
import {
  axisLabel,
  axisLine,
  axisTick,
  CHART_HEIGHT,
  chartColors,
  formatCompactCount,
  formatCompactMoney,
  formatLongDay,
  formatTickDay,
  gridStroke,
  tooltipCursor,
  tooltipLabelStyle,
  tooltipStyle,
} from './chart-theme';

const noSnapshots = {
  title: 'No snapshots in this range yet',
  body: 'The server records the fleet once a day, after the daily settle. The first point appears after the first day.',
};

function SnapshotTable({ snapshots, caption }: { snapshots: FleetSnapshot[]; caption: string }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col" className="data-table__number">
            Active Users
          </th>
          <th scope="col" className="data-table__number">
            Paid accounts
          </th>
          <th scope="col" className="data-table__number">
            Seats
          </th>
          <th scope="col" className="data-table__number">
            MRR
          </th>
        </tr>
      </thead>
      <tbody>
        {[...snapshots].reverse().map((snapshot) => (
          <tr key={snapshot.day}>
            <th scope="row" className="numeric">
              {formatDay(snapshot.day)}
            </th>
            <td className="data-table__number numeric">{formatCount(snapshot.activeUsers)}</td>
            <td className="data-table__number numeric">{formatCount(snapshot.paidAccounts)}</td>
            <td className="data-table__number numeric">{formatCount(snapshot.seats)}</td>
            <td className="data-table__number numeric">{formatMoney(snapshot.mrrCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Billable Active Users, day by day. */
export function ActiveUsersChart({ snapshots }: { snapshots: FleetSnapshot[] }) {
  return (
    <ChartCard
      title="Active Users"
      description="Monitored users on paid accounts, what you are billed for, as recorded each day."
      empty={snapshots.length === 0 ? noSnapshots : null}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={snapshots} margin={{ top: 8, right: 16, bottom: 16, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={gridStroke} vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={formatTickDay}
              tick={axisTick}
              axisLine={axisLine}
              tickLine={false}
              minTickGap={24}
              label={axisLabel('Day')}
              height={40}
            />
            <YAxis
              tickFormatter={formatCompactCount}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={64}
              label={axisLabel('Active Users', true)}
              domain={['auto', 'auto']}
            />
            <Tooltip
              formatter={(value) => [formatCount(Number(value)), 'Active Users']}
              labelFormatter={formatLongDay}
              contentStyle={tooltipStyle}
              labelStyle={tooltipLabelStyle}
              cursor={tooltipCursor}
            />
            <Line
              type="monotone"
              dataKey="activeUsers"
              name="Active Users"
              stroke={chartColors.accent}
              strokeWidth={2}
              dot={snapshots.length <= 31}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={<SnapshotTable snapshots={snapshots} caption="Active Users by day, newest first" />}
    />
  );
}

/** Monthly recurring revenue: what the next periods would bill, day by day. */
export function MrrChart({ snapshots }: { snapshots: FleetSnapshot[] }) {
  return (
    <ChartCard
      title="Monthly recurring revenue"
      description="Seats of the next billing periods × the seat price, as recorded each day (pending decreases applied, cancellations left out)."
      empty={snapshots.length === 0 ? noSnapshots : null}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <AreaChart data={snapshots} margin={{ top: 8, right: 16, bottom: 16, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={gridStroke} vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={formatTickDay}
              tick={axisTick}
              axisLine={axisLine}
              tickLine={false}
              minTickGap={24}
              label={axisLabel('Day')}
              height={40}
            />
            <YAxis
              tickFormatter={formatCompactMoney}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={72}
              label={axisLabel('MRR', true)}
              domain={['auto', 'auto']}
            />
            <Tooltip
              formatter={(value) => [formatMoney(Number(value)), 'MRR']}
              labelFormatter={formatLongDay}
              contentStyle={tooltipStyle}
              labelStyle={tooltipLabelStyle}
              cursor={tooltipCursor}
            />
            <Area
              type="monotone"
              dataKey="mrrCents"
              name="MRR"
              stroke={chartColors.success}
              fill={chartColors.success}
              fillOpacity={0.15}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      }
      table={<SnapshotTable snapshots={snapshots} caption="Monthly recurring revenue by day, newest first" />}
    />
  );
}
