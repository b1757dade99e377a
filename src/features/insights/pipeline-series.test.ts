import { describe, expect, it } from 'vitest';
import { pipelineSeries } from './pipeline-series';

describe('pipelineSeries', () => {
  it('makes one row a day up to the last, split by creation week, older weeks together', () => {
    const { series, rows } = pipelineSeries(
      [
        { daysLeft: 0, createdWeek: '2026-10-19', trials: 2 },
        { daysLeft: 2, createdWeek: '2026-10-26', trials: 1 },
        { daysLeft: 2, createdWeek: '2026-09-07', trials: 4 },
        { daysLeft: 3, createdWeek: '2026-08-31', trials: 1 },
      ],
      2,
    );
    expect(series).toEqual([
      { key: 'earlier', week: null },
      { key: 'week0', week: '2026-10-19' },
      { key: 'week1', week: '2026-10-26' },
    ]);
    expect(rows.map((row) => [row.daysLeft, row.total, row.counts])).toEqual([
      [0, 2, { earlier: 0, week0: 2, week1: 0 }],
      [1, 0, { earlier: 0, week0: 0, week1: 0 }],
      [2, 5, { earlier: 4, week0: 0, week1: 1 }],
      [3, 1, { earlier: 1, week0: 0, week1: 0 }],
    ]);
  });

  it('has no rows and no series without trials', () => {
    expect(pipelineSeries([])).toEqual({ series: [], rows: [] });
  });
});
