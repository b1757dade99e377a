import type { PageKey } from '../store/account-record';
import { isAccountNumber, isIsoInstant } from './cursor-fields';

/**
 * Cursors are opaque to clients: base64url of the last row's sort key. A
 * keyset cursor stays right while accounts are added in front of it, where
 * an offset would repeat or skip rows.
 */
export function encodeCursor(key: PageKey): string {
  return btoa(`${key.createdAt}|${key.accountNumber}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): PageKey | null {
  try {
    const text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const [createdAt, accountNumber, ...rest] = text.split('|');
    // Strict: a cursor the API did not write never reaches SQL (a NUL or a bad date there is a 500).
    if (!createdAt || !accountNumber || rest.length > 0) return null;
    if (!isIsoInstant(createdAt) || !isAccountNumber(accountNumber)) return null;
    return { createdAt, accountNumber };
  } catch {
    return null;
  }
}
