import { describe, expect, it } from 'vitest';
import { deriveStatus, trialDaysLeft, trialEndDay } from './account-status';

describe('trial status at the boundary', () => {
  const created = '2026-11-01';
  const end = trialEndDay(created);

  it('ends a trial 30 days after the day it was created', () => {
    expect(end).toBe('2026-12-01');
    expect(trialEndDay('2028-02-15')).toBe('2028-03-16'); // through a leap day
    expect(trialEndDay('2026-12-15')).toBe('2027-01-14'); // across the year
  });

  it('is an active trial through its last day', () => {
    expect(deriveStatus('trial', end, created)).toBe('trial');
    expect(deriveStatus('trial', end, '2026-11-30')).toBe('trial');
    expect(deriveStatus('trial', end, end)).toBe('trial');
  });

  it('is an expired trial from the day after', () => {
    expect(deriveStatus('trial', end, '2026-12-02')).toBe('expired');
    expect(deriveStatus('trial', end, '2027-06-01')).toBe('expired');
  });

  it('is paid whatever the dates say', () => {
    expect(deriveStatus('paid', null, '2026-12-02')).toBe('paid');
    expect(deriveStatus('paid', '2020-01-01', '2026-12-02')).toBe('paid');
  });

  it('counts the days left, 0 on the last day', () => {
    expect(trialDaysLeft(end, created)).toBe(30);
    expect(trialDaysLeft(end, '2026-11-30')).toBe(1);
    expect(trialDaysLeft(end, end)).toBe(0);
    expect(trialDaysLeft(end, '2026-12-03')).toBe(-2);
  });
});
