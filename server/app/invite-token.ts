import { hashToken } from './open-account-token';

/**
 * An invite link's token: 32 random bytes, base64url (43 characters). Only
 * its SHA-256 is stored. Web Crypto, so the demo runs the same code.
 */
export function newInviteToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Anything else in the path is no invite: refused before any lookup. */
export function isInviteToken(token: string): boolean {
  return /^[\w-]{43}$/.test(token);
}

export const hashInviteToken = hashToken;

/** The path the invitee opens; the console adds its own origin when it shows the link. */
export const invitePath = (token: string) => `/invite/${token}`;
