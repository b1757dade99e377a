import type { Insights } from '../../api/contract';

export interface PipelineSeries {
  /** The data key of the series' bars. */
  key: string;
  /** The Monday of its creation week, or null for every earlier week together. */
  week: string | null;
}

export interface PipelineRow {
  daysLeft: number;
  total: number;
  /** Trials of each series, by its key. */
  counts: Record<string, number>;
}

/**
 * Active trials by days left (one row a day, 0 through the last, so the axis
 * is even), split by creation week: the `newestWeeks` most recent weeks each
 * on their own, older weeks (trials that were extended) together.
 */
export function pipelineSeries(
  pipeline: Insights['trialPipeline'],
  newestWeeks = 5,
): { series: PipelineSeries[]; rows: PipelineRow[] } {
  const weeks = [...new Set(pipeline.map((entry) => entry.createdWeek))].sort().reverse();
  const kept = weeks.slice(0, newestWeeks).reverse();
  const series: PipelineSeries[] = kept.map((week, index) => ({ key: `week${index}`, week }));
  if (weeks.length > newestWeeks) series.unshift({ key: 'earlier', week: null });
  const keyOf = new Map(kept.map((week, index) => [week, `week${index}`]));

  const last = pipeline.reduce((max, entry) => Math.max(max, entry.daysLeft), -1);
  const rows: PipelineRow[] = Array.from({ length: last + 1 }, (_, daysLeft) => ({
    daysLeft,
    total: 0,
    counts: Object.fromEntries(series.map((s) => [s.key, 0])),
  }));
  for (const entry of pipeline) {
    const row = rows[entry.daysLeft]!;
    const key = keyOf.get(entry.createdWeek) ?? 'earlier';
    row.counts[key] = (row.counts[key] ?? 0) + entry.trials;
    row.total += entry.trials;
  }
  return { series, rows };
}
