/**
 * "Open account" tokens: `<payload>.<signature>`, base64url, the signature an
 * HMAC-SHA-256 of the payload with the server's secret. The signature lets a
 * forged or altered token be refused before any lookup; the store keeps the
 * token's hash and marks it used, which makes it single-use. Web Crypto, so
 * the demo (in the browser) runs the very same code.
 */
export const OPEN_ACCOUNT_TOKEN_MS = 2 * 60_000;

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function key(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function signature(secret: Uint8Array<ArrayBuffer>, payload: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await key(secret), encoder.encode(payload))));
}

export function newTokenSecret(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(32));
}

export async function mintToken(secret: Uint8Array<ArrayBuffer>): Promise<string> {
  const payload = base64url(crypto.getRandomValues(new Uint8Array(24)));
  return `${payload}.${await signature(secret, payload)}`;
}

/** Whether the token carries this server's signature (compared whole: both are fixed-length strings). */
export async function isSigned(secret: Uint8Array<ArrayBuffer>, token: string): Promise<boolean> {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0 || !/^[\w-]{32}$/.test(payload)) return false;
  const expected = await signature(secret, payload);
  let difference = expected.length ^ signed.length;
  for (let index = 0; index < expected.length; index += 1)
    difference |= expected.charCodeAt(index) ^ (signed.charCodeAt(index) || 0);
  return difference === 0;
}

export async function hashToken(token: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(token))));
}
