import type { CSSProperties } from 'react';
import { formatDay } from '../../components/format';

/**
 * How every chart looks, in the console's CSS tokens: SVG presentation
 * attributes accept var(), so light and dark follow the theme with no
 * JavaScript.
 */
export const chartColors = {
  accent: 'var(--color-accent)',
  success: 'var(--color-success)',
  warning: 'var(--color-warning)',
  danger: 'var(--color-danger)',
  series: ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'],
};

export const CHART_HEIGHT = 260;

const axisTick = { fill: 'var(--color-text-muted)', fontSize: 12 };
const axisLine = { stroke: 'var(--color-border-strong)' };
export const gridStroke = 'var(--color-border)';

/** An axis title: under the x axis, or turned along the y axis. */
function axisLabel(value: string, vertical = false) {
  return vertical
    ? {
        value,
        angle: -90,
        position: 'insideLeft' as const,
        style: { textAnchor: 'middle' as const },
        fill: axisTick.fill,
        fontSize: 12,
      }
    : { value, position: 'insideBottom' as const, offset: -2, fill: axisTick.fill, fontSize: 12 };
}

const tooltipStyle: CSSProperties = {
  background: 'var(--color-surface-raised)',
  border: '1px solid var(--color-border-strong)',
  borderRadius: 'var(--radius-sm)',
  color: 'var(--color-text)',
  fontSize: 'var(--text-sm)',
  boxShadow: 'var(--shadow-md)',
};

/** The props every chart's Tooltip takes: the raised surface and type of the console, and a soft cursor. */
export const tooltipTheme = {
  contentStyle: tooltipStyle,
  labelStyle: { color: 'var(--color-text)', fontWeight: 650 } satisfies CSSProperties,
  cursor: { fill: 'var(--color-accent-soft)', stroke: 'var(--color-border-strong)' },
};

/** Legends above the plot, in the order the series are drawn (recharts sorts them by name otherwise). */
export const legendProps = {
  verticalAlign: 'top' as const,
  itemSorter: null,
  wrapperStyle: { fontSize: 12, paddingBottom: 8 },
};

/** Room around the plot for the axis titles; the chart's own layer of keyboard focus is off (the table is the alternative). */
export const chartProps = { margin: { top: 8, right: 16, bottom: 16, left: 16 }, accessibilityLayer: false };

/** The axis along the bottom: muted ticks without tick marks, a line, and its title underneath. */
export const xAxisTheme = (title: string) => ({
  tick: axisTick,
  axisLine,
  tickLine: false,
  label: axisLabel(title),
  height: 40,
});

/** An axis at the side: muted ticks, no line nor tick marks, and its title (if any) turned along it. */
export const yAxisTheme = (title?: string) => ({
  tick: axisTick,
  axisLine: false,
  tickLine: false,
  ...(title === undefined ? {} : { label: axisLabel(title, true) }),
});

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
// Four significant digits: axis ticks of a fleet that moves by 0.1% a day must still differ.
const compactCount = new Intl.NumberFormat(undefined, { notation: 'compact', maximumSignificantDigits: 4 });
const compactMoney = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 4,
});
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** "Nov 3": an axis tick of a UTC day. */
export const formatTickDay = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));
/** "Nov 2026" for "2026-11". */
export const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));
export const formatCompactCount = (value: number) => compactCount.format(value);
export const formatCompactMoney = (cents: number) => compactMoney.format(cents / 100);
export const formatPercent = (share: number) => percent.format(share);
export const formatLongDay = (day: unknown) => (typeof day === 'string' ? formatDay(day) : String(day));
