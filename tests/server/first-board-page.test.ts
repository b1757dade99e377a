// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveServer } from '../../server/node/live-server';
import { seededStaff, signIn, startTestServer, tempPglite, type TestDatabase } from './live-server-harness';

describe('the live server page of a board', () => {
  let database: TestDatabase;
  let distDir: string;
  let server: LiveServer;
  let cookie: string;

  beforeAll(async () => {
    database = await tempPglite();
    distDir = await mkdtemp(path.join(tmpdir(), 'mcc-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    server = await startTestServer(database, distDir);
    const { first } = seededStaff(server);
    cookie = await signIn(server, first.email, first.password);
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await database.dispose();
    await rm(distDir, { recursive: true, force: true });
  });

  const page = (pagePath: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${pagePath}`, { headers });

  it('preloads, signed in, the session check and the board page it will ask for', async () => {
    const response = await page('/expired?view=cards', { Cookie: cookie });
    const html = await response.text();
    expect(html).toContain('href="/api/v1/session"');
    expect(html).toContain('href="/api/v1/accounts?status=expired&amp;limit=60&amp;sort=users"');
    // Only URLs: nothing of the signed-in staff member's data is in the page.
    expect(html).not.toContain(seededStaff(server).first.email);
    expect(response.headers.get('Vary')).toContain('Cookie');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(response.headers.get('Content-Security-Policy')).toContain("connect-src 'self'");
  });

  it('preloads nothing signed out, on a searched board, or on another page', async () => {
    for (const [pagePath, headers] of [
      ['/expired', {}],
      ['/paid?q=dental', { Cookie: cookie }],
      ['/sign-in', { Cookie: cookie }],
    ] as const) {
      const response = await page(pagePath, headers);
      expect(await response.text()).not.toContain('rel="preload" as="fetch"');
      expect(response.headers.get('Vary')).toContain('Cookie');
    }
  });

  it('answers a revalidation of the preloading page with 304 only for that same page', async () => {
    const first = await page('/paid', { Cookie: cookie });
    const etag = first.headers.get('ETag')!;
    expect((await page('/paid', { Cookie: cookie, 'If-None-Match': etag })).status).toBe(304);
    expect((await page('/paid', { 'If-None-Match': etag })).status).toBe(200);
  });
});
