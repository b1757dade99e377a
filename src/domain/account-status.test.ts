import { describe, expect, it } from 'vitest';
import { deriveStatus, freemiumSince, trialDaysLeft, trialEndDay } from './account-status';

describe('trial status at the boundary', () => {
  const created = '2026-11-01';
  const end = trialEndDay(created);

  it('gives a 30-day trial 30 days, the day it is created included', () => {
    expect(end).toBe('2026-11-30');
    // Created Nov 22: Nov 22 is day 1, Dec 21 day 30, and Dec 22 is the first day on Freemium.
    expect(trialEndDay('2026-11-22')).toBe('2026-12-21');
    expect(deriveStatus('trial', '2026-12-21', '2026-12-21')).toBe('trial');
    expect(deriveStatus('trial', '2026-12-21', '2026-12-22')).toBe('expired');
    expect(freemiumSince('2026-12-21')).toBe('2026-12-22');
    expect(trialEndDay('2028-02-15')).toBe('2028-03-15'); // through a leap day
    expect(trialEndDay('2026-12-15')).toBe('2027-01-13'); // across the year
  });

  it('is an active trial through its last day', () => {
    expect(deriveStatus('trial', end, created)).toBe('trial');
    expect(deriveStatus('trial', end, '2026-11-30')).toBe('trial');
    expect(deriveStatus('trial', end, end)).toBe('trial');
  });

  it('is an expired trial from the day after', () => {
    expect(deriveStatus('trial', end, '2026-12-01')).toBe('expired');
    expect(deriveStatus('trial', end, '2027-06-01')).toBe('expired');
  });

  it('is paid whatever the dates say', () => {
    expect(deriveStatus('paid', null, '2026-12-02')).toBe('paid');
    expect(deriveStatus('paid', '2020-01-01', '2026-12-02')).toBe('paid');
  });

  it('counts the days left with today included: 30 on the first day, 1 on the last', () => {
    expect(trialDaysLeft(end, created)).toBe(30);
    expect(trialDaysLeft(end, '2026-11-29')).toBe(2);
    expect(trialDaysLeft(end, end)).toBe(1);
    expect(trialDaysLeft(end, '2026-12-01')).toBe(0);
  });
});
