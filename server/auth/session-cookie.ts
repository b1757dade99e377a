import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';

export const SESSION_COOKIE = 'mcc_session';

/** Secure when the console is reached over https, directly or through a proxy that says so. */
function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https';
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
