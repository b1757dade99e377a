import { describe, expect, it } from 'vitest';
import { addCharge, noCharges, parseBillingMonth, totalCharged } from './billing-month';
import { decimalAmount } from './money';

describe('parseBillingMonth', () => {
  it('reads a month and the day after its end', () => {
    expect(parseBillingMonth('2026-11')).toEqual({ month: '2026-11', from: '2026-11-01', to: '2026-12-01' });
    expect(parseBillingMonth('2026-12')).toEqual({ month: '2026-12', from: '2026-12-01', to: '2027-01-01' });
    expect(parseBillingMonth('2027-01')?.to).toBe('2027-02-01');
  });

  it.each(['', '2026', '2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', ' 2026-11', '2026-11\u0000'])(
    'refuses %j',
    (text) => {
      expect(parseBillingMonth(text)).toBeNull();
    },
  );
});

describe('month charges', () => {
  it('sorts charges by kind and totals them to the cent', () => {
    let charges = noCharges();
    charges = addCharge(charges, 'upgraded', 5000);
    charges = addCharge(charges, 'seats-added', 1234);
    charges = addCharge(charges, 'seats-added', 1);
    charges = addCharge(charges, 'renewed', 7000);
    expect(charges).toEqual({ firstMonthCents: 5000, renewalCents: 7000, seatAdditionCents: 1235, otherCents: 0 });
    expect(totalCharged(charges)).toBe(13_235);
  });
});

describe('decimalAmount', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123450, '1234.50'],
    [100, '1.00'],
    [-5, '-0.05'],
    [9_007_199_254_740_991, '90071992547409.91'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(decimalAmount(cents)).toBe(text);
  });

  it('refuses fractions of a cent', () => {
    expect(() => decimalAmount(1.5)).toThrow(RangeError);
  });
});
