import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount, formatDay, formatInstant, formatMoney, formatShare, memoised, plural } from './format';

describe('days', () => {
  it('formats a day in UTC, whatever the zone', () => {
    expect(formatDay('2026-12-29')).toMatch(/29/);
  });
});

describe('formatters made on first use', () => {
  afterEach(() => vi.resetModules());

  it('makes no Intl formatter when the module is imported (the first board evaluates it before its first card)', async () => {
    vi.resetModules();
    const { NumberFormat, DateTimeFormat } = Intl;
    const numberFormat = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      return new NumberFormat(...args);
    });
    const dateTimeFormat = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      return new DateTimeFormat(...args);
    });
    const fresh = await import('./format');
    expect(numberFormat).not.toHaveBeenCalled();
    expect(dateTimeFormat).not.toHaveBeenCalled();
    fresh.formatCount(1);
    fresh.formatCount(2);
    expect(numberFormat).toHaveBeenCalledTimes(1);
  });

  it('makes the formatters a board draws with when warmed, and none again at first use', async () => {
    vi.resetModules();
    const { NumberFormat, DateTimeFormat } = Intl;
    const made = vi.fn();
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      made('number');
      return new NumberFormat(...args);
    });
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      made('date');
      return new DateTimeFormat(...args);
    });
    const fresh = await import('./format');
    fresh.warmFormatters();
    expect(made).toHaveBeenCalledTimes(3);
    fresh.formatCount(1);
    fresh.formatDay('2026-01-01');
    fresh.formatMoney(100);
    expect(made).toHaveBeenCalledTimes(3);
  });

  it('writes what an eager formatter writes', () => {
    expect(formatCount(1234567.4)).toBe(
      new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(1234567.4),
    );
    expect(formatMoney(123456)).toBe(
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(1234.56),
    );
    expect(formatDay('2026-03-01T23:00:00Z')).toBe(
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date('2026-03-01T00:00:00Z'),
      ),
    );
    expect(formatInstant('2026-03-01T12:34:00Z')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-03-01T12:34:00Z'),
      ),
    );
    expect(formatShare(3, 5)).toBe('3 of 5');
    expect(plural(1, 'seat', 'seats')).toBe('1 seat');
  });

  it('memoised makes its value once', () => {
    const make = vi.fn(() => ({}));
    const value = memoised(make);
    expect(make).not.toHaveBeenCalled();
    expect(value()).toBe(value());
    expect(make).toHaveBeenCalledTimes(1);
  });
});
