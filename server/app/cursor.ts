import type { AccountSort } from '../../src/api/contract';
import { isIsoDay } from '../../src/domain/calendar';
import { sortDefinitions } from '../store/account-query';
import type { SortKey } from '../store/account-record';
import { isAccountNumber, isIsoInstant } from './cursor-fields';

/**
 * Cursors are opaque to clients: base64url of the last row's sort key and a
 * fingerprint of the list it was made for (board, search, filters, sort). A
 * keyset cursor stays right while accounts are added in front of it, where an
 * offset would repeat or skip rows; the fingerprint makes a cursor used with
 * another sort or filter a clear refusal instead of a page from somewhere else.
 */
export function encodeCursor(key: SortKey, fingerprint: string): string {
  return toBase64Url(JSON.stringify([fingerprint, key.value, key.accountNumber]));
}

export type DecodedCursor = { ok: true; key: SortKey } | { ok: false; reason: 'malformed' | 'other-list' };

export function decodeCursor(cursor: string, sort: AccountSort, fingerprint: string): DecodedCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return { ok: false, reason: 'malformed' };
  const [madeFor, value, accountNumber] = parsed as unknown[];
  if (typeof madeFor !== 'string' || typeof accountNumber !== 'string' || !isAccountNumber(accountNumber))
    return { ok: false, reason: 'malformed' };
  if (madeFor !== fingerprint) return { ok: false, reason: 'other-list' };
  if (!fitsSort(sort, value)) return { ok: false, reason: 'malformed' };
  return { ok: true, key: { value, accountNumber } };
}

function fitsSort(sort: AccountSort, value: unknown): value is string | number {
  switch (sortDefinitions[sort].kind) {
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'day':
      return typeof value === 'string' && isIsoDay(value);
    case 'instant':
      return typeof value === 'string' && isIsoInstant(value);
    case 'text':
      // PostgreSQL cannot hold a NUL in text: such a value would be a 500 in SQL, not a refusal.
      return typeof value === 'string' && value.length <= 400 && !value.includes('\u0000');
  }
}

/** FNV-1a over the list's canonical description: short, stable, and the same in every process. */
export function listFingerprint(description: unknown): string {
  const text = JSON.stringify(description);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(cursor: string): string {
  const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
