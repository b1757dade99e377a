// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStaticSite, type StaticSite } from '../../server/node/static-site';

describe('the built console as the live server serves it', () => {
  let distDir: string;
  let site: StaticSite;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'mcc-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(
      path.join(distDir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body></body></html>',
    );
    await writeFile(path.join(distDir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    await writeFile(path.join(distDir, 'favicon.svg'), '<svg/>');
    site = await loadStaticSite(distDir, { mode: 'live' });
  });
  afterAll(() => rm(distDir, { recursive: true, force: true }));

  it('tells the console it runs live, before its script runs', () => {
    const html = new TextDecoder().decode(site('/index.html')!.body);
    expect(html).toContain('<script>window.__MCC_CONFIG__={"mode":"live"}</script></head>');
  });

  it('allows only its own scripts, and the config script by its hash', () => {
    const csp = site('/index.html')!.headers['Content-Security-Policy']!;
    const hash = createHash('sha256').update('window.__MCC_CONFIG__={"mode":"live"}').digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('answers client-side routes with index.html, and a missing asset with nothing', () => {
    expect(site('/paid')).toBe(site('/index.html'));
    expect(site('/sign-in')).toBe(site('/index.html'));
    expect(site('/')).toBe(site('/index.html'));
    expect(site('/assets/missing-123.js')).toBeNull();
  });

  it('lets browsers keep hashed assets for good and revalidate the rest', () => {
    const asset = site('/assets/index-AbC123.js')!;
    expect(asset.headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(site('/index.html')!.headers['Cache-Control']).toBe('no-cache');
    expect(site('/favicon.svg')!.headers['Cache-Control']).toBe('no-cache');
    expect(site('/favicon.svg')!.headers.ETag).toMatch(/^".+"$/);
  });

  it('refuses to start without a built console', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'mcc-empty-'));
    await expect(loadStaticSite(empty, { mode: 'live' })).rejects.toThrow(/npm run build/);
    await rm(empty, { recursive: true, force: true });
  });
});
