/** Money is integer cents everywhere; only the edge turns it into text. */
export type Cents = number;

/** numerator / denominator rounded half-up to a whole cent; both non-negative integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): Cents {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0 || numerator < 0)
    throw new RangeError('divideRoundHalfUp takes a non-negative integer over a positive integer');
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
