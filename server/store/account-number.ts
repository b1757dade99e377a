/**
 * Account numbers read "AC-100042": fixed width, so that they sort as text in
 * the same order as they were issued, in memory and in SQL alike.
 */
const PREFIX = 'AC-';
const FIRST = 100_001;

export function formatAccountNumber(sequence: number): string {
  return `${PREFIX}${Math.max(sequence, FIRST)}`;
}

export function parseAccountNumber(accountNumber: string): number {
  const sequence = Number(accountNumber.slice(PREFIX.length));
  return Number.isFinite(sequence) ? sequence : 0;
}

export function isAccountNumber(value: string): boolean {
  return /^AC-\d{6,9}$/.test(value);
}
