import { describe, expect, it } from 'vitest';
import { billingPeriodOn, daysLeftInPeriod, monthsAfter, periodLength } from './billing-period';

describe('monthly billing periods', () => {
  it('bills an anchor on the 31st on the last day of shorter months, and returns to the 31st', () => {
    expect(monthsAfter('2026-01-31', 1)).toBe('2026-02-28');
    expect(monthsAfter('2028-01-31', 1)).toBe('2028-02-29');
    expect(monthsAfter('2026-01-31', 2)).toBe('2026-03-31');
    expect(monthsAfter('2026-01-31', 3)).toBe('2026-04-30');
    expect(monthsAfter('2026-11-30', 3)).toBe('2027-02-28');
    expect(monthsAfter('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('finds the period a day falls in, its first day included and its end excluded', () => {
    expect(billingPeriodOn('2026-01-31', '2026-02-27')).toEqual({ start: '2026-01-31', end: '2026-02-28', index: 0 });
    expect(billingPeriodOn('2026-01-31', '2026-02-28')).toEqual({ start: '2026-02-28', end: '2026-03-31', index: 1 });
    expect(billingPeriodOn('2026-01-31', '2026-03-30')).toEqual({ start: '2026-02-28', end: '2026-03-31', index: 1 });
    expect(billingPeriodOn('2026-01-31', '2026-03-31')).toEqual({ start: '2026-03-31', end: '2026-04-30', index: 2 });
    expect(billingPeriodOn('2026-11-21', '2026-11-21')).toEqual({ start: '2026-11-21', end: '2026-12-21', index: 0 });
  });

  it('measures periods in days, leap years included', () => {
    expect(periodLength(billingPeriodOn('2028-02-10', '2028-02-10'))).toBe(29);
    expect(periodLength(billingPeriodOn('2027-02-10', '2027-02-10'))).toBe(28);
    expect(periodLength(billingPeriodOn('2026-01-31', '2026-02-01'))).toBe(28);
    expect(periodLength(billingPeriodOn('2026-07-05', '2026-07-05'))).toBe(31);
  });

  it('counts days left with today included', () => {
    const period = billingPeriodOn('2026-11-21', '2026-11-21');
    expect(daysLeftInPeriod(period, '2026-11-21')).toBe(30);
    expect(daysLeftInPeriod(period, '2026-12-20')).toBe(1);
  });
});
