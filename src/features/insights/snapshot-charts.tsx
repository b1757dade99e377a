import { Area, AreaChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { FleetSnapshot } from '../../api/contract';
import { formatCount, formatDay, formatMoney } from '../../components/format';
import { ChartCard } from './chart-card';
import type { FigureTableProps } from './figure-table';
import {
  chartColors,
  chartProps,
  formatCompactCount,
  formatCompactMoney,
  formatLongDay,
  formatTickDay,
  gridStroke,
  tooltipTheme,
  xAxisTheme,
  yAxisTheme,
} from './chart-theme';

const noSnapshots = {
  title: 'No snapshots in this range yet',
  body: 'The server records the fleet once a day, after the daily settle. The first point appears after the first day.',
};

/** Every daily figure, newest first, whichever of them the chart draws. */
function snapshotFigures(snapshots: FleetSnapshot[], caption: string): FigureTableProps {
  return {
    caption,
    rowHeading: 'Day',
    columns: ['Active Users', 'Paid accounts', 'Seats', 'MRR'],
    rows: [...snapshots].reverse().map((snapshot) => ({
      key: snapshot.day,
      heading: formatDay(snapshot.day),
      cells: [
        formatCount(snapshot.activeUsers),
        formatCount(snapshot.paidAccounts),
        formatCount(snapshot.seats),
        formatMoney(snapshot.mrrCents),
      ],
    })),
  };
}

interface SnapshotSeries {
  /** The series' name, in the tooltip and as the y axis title. */
  name: string;
  format: (value: number) => string;
  formatTick: (value: number) => string;
  axisWidth: number;
}

/** What the two daily charts share: days along the bottom, one figure up the side, the exact figure on hover. */
function snapshotAxes(series: SnapshotSeries) {
  return [
    <CartesianGrid key="grid" stroke={gridStroke} vertical={false} />,
    <XAxis key="x" dataKey="day" tickFormatter={formatTickDay} minTickGap={24} {...xAxisTheme('Day')} />,
    <YAxis
      key="y"
      tickFormatter={series.formatTick}
      width={series.axisWidth}
      domain={['auto', 'auto']}
      {...yAxisTheme(series.name)}
    />,
    <Tooltip
      key="tooltip"
      formatter={(value) => [series.format(Number(value)), series.name]}
      labelFormatter={formatLongDay}
      {...tooltipTheme}
    />,
  ];
}

/** Billable Active Users, day by day. */
export function ActiveUsersChart({ snapshots }: { snapshots: FleetSnapshot[] }) {
  const series = { name: 'Active Users', format: formatCount, formatTick: formatCompactCount, axisWidth: 64 };
  return (
    <ChartCard
      title="Active Users"
      description="Monitored users on paid accounts, what you are billed for, as recorded each day."
      empty={snapshots.length === 0 ? noSnapshots : null}
      chart={
        <LineChart data={snapshots} {...chartProps}>
          {snapshotAxes(series)}
          <Line
            type="monotone"
            dataKey="activeUsers"
            name={series.name}
            stroke={chartColors.accent}
            strokeWidth={2}
            dot={snapshots.length <= 31}
            isAnimationActive={false}
          />
        </LineChart>
      }
      figures={snapshotFigures(snapshots, 'Active Users by day, newest first')}
    />
  );
}

/** Monthly recurring revenue: what the next periods would bill, day by day. */
export function MrrChart({ snapshots }: { snapshots: FleetSnapshot[] }) {
  const series = { name: 'MRR', format: formatMoney, formatTick: formatCompactMoney, axisWidth: 72 };
  return (
    <ChartCard
      title="Monthly recurring revenue"
      description="Seats of the next billing periods × the seat price, as recorded each day (pending decreases applied, cancellations left out)."
      empty={snapshots.length === 0 ? noSnapshots : null}
      chart={
        <AreaChart data={snapshots} {...chartProps}>
          {snapshotAxes(series)}
          <Area
            type="monotone"
            dataKey="mrrCents"
            name={series.name}
            stroke={chartColors.success}
            fill={chartColors.success}
            fillOpacity={0.15}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      }
      figures={snapshotFigures(snapshots, 'Monthly recurring revenue by day, newest first')}
    />
  );
}
