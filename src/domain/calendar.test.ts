import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween, isIsoDay } from './calendar';

describe('UTC calendar days', () => {
  it('takes the UTC day of an instant, whatever the local zone', () => {
    expect(dayOf('2026-11-21T23:59:59.999Z')).toBe('2026-11-21');
    expect(dayOf('2026-11-21T23:30:00-05:00')).toBe('2026-11-22');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2026-11-21', '2026-12-21')).toBe(30);
    expect(daysBetween('2026-12-21', '2026-11-21')).toBe(-30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // a DST change elsewhere is no day here
  });

  it('recognises ISO days only', () => {
    expect(isIsoDay('2026-11-21')).toBe(true);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('21/11/2026')).toBe(false);
  });
});
