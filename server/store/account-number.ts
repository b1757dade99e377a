/**
 * Account numbers read "AC-100042". Sample fleets are numbered in order from
 * AC-100001; every account created through the API gets a random eight-digit
 * number instead ("AC-48213377"), so that the numbers an MSP sees say nothing
 * of how many accounts other MSPs create. Each store keeps every number it
 * ever issued and never issues one twice, deleted accounts' included.
 */
const PREFIX = 'AC-';
const FIRST = 100_001;

export function formatAccountNumber(sequence: number): string {
  return `${PREFIX}${Math.max(sequence, FIRST)}`;
}

/** A candidate for a new account; the store checks it against every number issued before. */
export function randomAccountNumber(): string {
  // Web Crypto, not node:crypto: the memory store runs in the browser too (demo mode).
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return `${PREFIX}${10_000_000 + (value! % 90_000_000)}`;
}

/** How many candidates a store tries before giving up (with 90 million numbers, a second try is rare). */
export const ACCOUNT_NUMBER_ATTEMPTS = 20;

export function isAccountNumber(value: string): boolean {
  return /^AC-\d{6,9}$/.test(value);
}
