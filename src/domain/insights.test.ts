import { describe, expect, it } from 'vitest';
import { conversionRate, monthsBetween, rangeStart, utilisationBucket, weekStart } from './insights';

describe('utilisationBucket', () => {
  it.each([
    [0, 10, 'under-25'],
    [2, 10, 'under-25'],
    [3, 12, '25-49'],
    [5, 10, '50-74'],
    [7, 10, '50-74'],
    [3, 4, '75-100'],
    [10, 10, '75-100'],
    [11, 10, 'over'],
  ] as const)('%i users on %i seats is %s', (users, seats, bucket) => {
    expect(utilisationBucket(users, seats)).toBe(bucket);
  });
});

describe('calendar helpers of Insights', () => {
  it('starts a 30-day range 29 days before today, so it holds 30 days', () => {
    expect(rangeStart('2026-11-21', 30)).toBe('2026-10-23');
  });

  it('finds the Monday of a week, a Monday included', () => {
    expect(weekStart('2026-11-21')).toBe('2026-11-16');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(weekStart('2026-11-15')).toBe('2026-11-09');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('lists the months of a range across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-11-01', '2026-11-21')).toEqual(['2026-11']);
  });

  it('rates an empty cohort 0 rather than NaN', () => {
    expect(conversionRate(0, 0)).toBe(0);
    expect(conversionRate(4, 1)).toBe(0.25);
  });
});
