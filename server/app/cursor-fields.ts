import { isAccountNumber } from '../store/account-number';

/**
 * The parts a cursor may carry, checked strictly before any of them reaches
 * SQL: a cursor is only ever one the API handed out, so anything that is not
 * exactly what it writes (an instant as toISOString writes it, a real
 * calendar day, an account number, a history id) is a hand-made cursor.
 */
export function isIsoInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A bigserial id as text: positive, and small enough for bigint. */
export function isRowId(value: string): boolean {
  return /^[1-9]\d{0,17}$/.test(value);
}

export { isAccountNumber };
