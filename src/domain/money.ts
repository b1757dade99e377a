/** Money is integer cents everywhere; only the edge turns it into text. */
export type Cents = number;

/** numerator / denominator rounded half-up to a whole cent; both non-negative integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): Cents {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0 || numerator < 0)
    throw new RangeError('divideRoundHalfUp takes a non-negative integer over a positive integer');
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Cents as dollars for history text ("$1,234.50"). The console formats money
 * for the reader's locale itself; this fixed form is for the stored record.
 */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  // Grouped by hand: toLocaleString builds a formatter on every call, which costs when the demo replays a fleet's past.
  const dollars = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(absolute % 100).padStart(2, '0')}`;
}

/** Cents as a plain decimal amount for files ("1234.50", "-0.05"): exact, no grouping, no currency sign. */
export function decimalAmount(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('decimalAmount takes whole cents');
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
