import type { MiddlewareHandler } from 'hono';
import { isHttps } from '../auth/session-cookie';

/** Browser features the console never uses, turned off for it and anything it might load. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'browsing-topics=()',
].join(', ');

/** For every answer that is not the console's page: nothing to run, nothing to frame. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers on every response of the live server, the console's files and the
 * API alike. index.html brings its own Content-Security-Policy (static-site.ts);
 * everything else gets one that allows nothing. HSTS only when the browser
 * came over https, since a browser ignores it over http anyway and a local
 * http server must stay reachable.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  let headers = c.res.headers;
  try {
    headers.set('X-Content-Type-Options', 'nosniff');
  } catch {
    // Immutable headers (a fetched Response): answer with a copy.
    c.res = new Response(c.res.body, c.res);
    headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
  }
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'same-origin');
  headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  headers.set('X-Frame-Options', 'DENY');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', DATA_CSP);
  if (isHttps(c)) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
};
