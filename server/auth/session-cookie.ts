import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { parse, serialize } from 'hono/utils/cookie';

export const SESSION_COOKIE = 'mcc_session';

/**
 * Secure when the console is reached over https, directly or through a proxy
 * that says so. Proxies in a chain append to X-Forwarded-Proto ("https,http"):
 * the first value is what the browser used, in whatever case it is written.
 */
export function isHttps(c: Context): boolean {
  return isHttpsRequest(c.req.raw);
}

function isHttpsRequest(request: Request): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  const forwarded = request.headers.get('X-Forwarded-Proto') ?? '';
  return forwarded.split(',', 1)[0]!.trim().toLowerCase() === 'https';
}

/** The Set-Cookie header for a session, for the answer to `request` (when authentication hands a new id out). */
export function sessionCookieHeader(request: Request, token: string, expiresAt: Date): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttpsRequest(request),
    path: '/',
    expires: expiresAt,
  });
}

export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}

export function sessionTokenOf(c: Context): string | null {
  return getCookie(c, SESSION_COOKIE) ?? null;
}

export function sessionTokenFromRequest(request: Request): string | null {
  const header = request.headers.get('Cookie');
  if (!header) return null;
  return parse(header, SESSION_COOKIE)[SESSION_COOKIE] ?? null;
}
