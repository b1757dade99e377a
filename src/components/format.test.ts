import { describe, expect, it } from 'vitest';
import { formatDay } from './format';

describe('days', () => {
  it('formats a day in UTC, whatever the zone', () => {
    expect(formatDay('2026-12-29')).toMatch(/29/);
  });
});
