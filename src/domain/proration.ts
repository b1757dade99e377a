import { divideRoundHalfUp, type Cents } from './money';

export interface SeatAddition {
  addedSeats: number;
  pricePerSeatCents: Cents;
  /** Days left in the period, today included. */
  daysLeft: number;
  daysInPeriod: number;
  /**
   * Seats × price × days left, summed over the seats already added this
   * period (the record's proratedNumerator).
   */
  priorNumerator: number;
}

/**
 * The charge for seats added mid-period: added seats × price × days left /
 * days in the period, rounded half-up to the cent.
 *
 * When several additions fall in one period, each is charged the rounded
 * running total less what was already charged, so their sum is the rounded
 * exact sum: a cent of rounding is never charged twice, and adding seats in
 * steps never costs more than adding them all at once.
 */
export function prorateSeatAddition(addition: SeatAddition): { chargeCents: Cents; numerator: number } {
  const { addedSeats, pricePerSeatCents, daysLeft, daysInPeriod, priorNumerator } = addition;
  if (addedSeats <= 0 || daysLeft <= 0) return { chargeCents: 0, numerator: priorNumerator };
  const numerator = priorNumerator + addedSeats * pricePerSeatCents * Math.min(daysLeft, daysInPeriod);
  const chargeCents = divideRoundHalfUp(numerator, daysInPeriod) - divideRoundHalfUp(priorNumerator, daysInPeriod);
  return { chargeCents, numerator };
}
