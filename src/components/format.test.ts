import { describe, expect, it } from 'vitest';
import { formatDay, formatDaysIn } from './format';

describe('days in server text', () => {
  it('writes each ISO day for the reader and leaves the rest as it is', () => {
    expect(formatDaysIn('Trial extended by 7 days, to 2026-12-29')).toBe(
      `Trial extended by 7 days, to ${formatDay('2026-12-29')}`,
    );
    expect(formatDaysIn('Renewed for 2026-11-30 to 2026-12-30: 7 seats, $70.00')).toBe(
      `Renewed for ${formatDay('2026-11-30')} to ${formatDay('2026-12-30')}: 7 seats, $70.00`,
    );
    expect(formatDaysIn('Seats 20 → 15 as scheduled')).toBe('Seats 20 → 15 as scheduled');
  });

  it('formats a day in UTC, whatever the zone', () => {
    expect(formatDay('2026-12-29')).toMatch(/29/);
  });
});
