import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp } from './money';
import { prorateSeatAddition } from './proration';

const price = 1_000;

describe('rounding', () => {
  it('rounds half up to the cent', () => {
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(7, 2)).toBe(4);
    expect(divideRoundHalfUp(4, 3)).toBe(1);
    expect(divideRoundHalfUp(5, 3)).toBe(2);
    expect(divideRoundHalfUp(0, 31)).toBe(0);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });
});

describe('prorated seat additions', () => {
  it('charges added seats × price × days left / days in period, rounded half-up', () => {
    // 5 seats at $10 with 10 of 30 days left: $16.666… → $16.67
    expect(
      prorateSeatAddition({
        addedSeats: 5,
        pricePerSeatCents: price,
        daysLeft: 10,
        daysInPeriod: 30,
        priorNumerator: 0,
      }).chargeCents,
    ).toBe(1667);
    // 1 seat at $10 with 1 of 31 days left: 32.258… cents → 32 cents
    expect(
      prorateSeatAddition({ addedSeats: 1, pricePerSeatCents: price, daysLeft: 1, daysInPeriod: 31, priorNumerator: 0 })
        .chargeCents,
    ).toBe(32);
    // A whole period costs a whole period.
    expect(
      prorateSeatAddition({
        addedSeats: 3,
        pricePerSeatCents: price,
        daysLeft: 28,
        daysInPeriod: 28,
        priorNumerator: 0,
      }).chargeCents,
    ).toBe(3000);
    // Half a cent rounds up: 1 seat at 1 cent for 1 of 2 days.
    expect(
      prorateSeatAddition({ addedSeats: 1, pricePerSeatCents: 1, daysLeft: 1, daysInPeriod: 2, priorNumerator: 0 })
        .chargeCents,
    ).toBe(1);
  });

  const period = fc.integer({ min: 28, max: 31 });
  const steps = fc.array(
    fc.record({ seats: fc.integer({ min: 1, max: 500 }), laterBy: fc.integer({ min: 0, max: 5 }) }),
    { minLength: 1, maxLength: 8 },
  );
  const priceCents = fc.integer({ min: 1, max: 100_000 });

  it('never charges more for additions in steps than for all of them at once', () => {
    fc.assert(
      fc.property(
        period,
        steps,
        priceCents,
        fc.integer({ min: 1, max: 31 }),
        (daysInPeriod, additions, perSeat, startLeft) => {
          let daysLeft = Math.min(startLeft, daysInPeriod);
          let numerator = 0;
          let charged = 0;
          let total = 0;
          for (const step of additions) {
            daysLeft = Math.max(1, daysLeft - step.laterBy);
            const result = prorateSeatAddition({
              addedSeats: step.seats,
              pricePerSeatCents: perSeat,
              daysLeft,
              daysInPeriod,
              priorNumerator: numerator,
            });
            numerator = result.numerator;
            charged += result.chargeCents;
            total += step.seats;
          }
          const atOnce = prorateSeatAddition({
            addedSeats: total,
            pricePerSeatCents: perSeat,
            daysLeft: Math.min(startLeft, daysInPeriod),
            daysInPeriod,
            priorNumerator: 0,
          }).chargeCents;
          expect(charged).toBeLessThanOrEqual(atOnce);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never charges a negative amount nor more than a full period', () => {
    fc.assert(
      fc.property(
        period,
        fc.integer({ min: 0, max: 1_000 }),
        priceCents,
        fc.integer({ min: -3, max: 40 }),
        fc.nat({ max: 10_000_000 }),
        (daysInPeriod, seats, perSeat, daysLeft, prior) => {
          const { chargeCents } = prorateSeatAddition({
            addedSeats: seats,
            pricePerSeatCents: perSeat,
            daysLeft,
            daysInPeriod,
            priorNumerator: prior,
          });
          expect(chargeCents).toBeGreaterThanOrEqual(0);
          expect(chargeCents).toBeLessThanOrEqual(seats * perSeat);
        },
      ),
      { numRuns: 500 },
    );
  });
});
