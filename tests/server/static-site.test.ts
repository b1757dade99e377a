// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStaticSite, negotiate, type StaticSite } from '../../server/node/static-site';

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

describe('compressed files, chosen by Accept-Encoding', () => {
  let distDir: string;
  let site: StaticSite;
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(',')}];`;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'mcc-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(
      path.join(distDir, 'index.html'),
      `<!doctype html><html><head></head><body>${'x'.repeat(2000)}</body></html>`,
    );
    await writeFile(path.join(distDir, 'assets', 'big-1.js'), script);
    // What the build's precompress plugin wrote: sent as they are (marked so the test can tell them from a fresh compression).
    await writeFile(path.join(distDir, 'assets', 'big-1.js.br'), 'prebuilt br');
    await writeFile(path.join(distDir, 'assets', 'big-1.js.gz'), 'prebuilt gz');
    await writeFile(path.join(distDir, 'assets', 'other-2.js'), script);
    await writeFile(path.join(distDir, 'assets', 'tiny-3.js'), 'console.log(1)');
    site = await loadStaticSite(distDir, { mode: 'live' });
  });
  afterAll(() => rm(distDir, { recursive: true, force: true }));

  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('sends the build-time brotli file to a browser that takes brotli, else gzip, else the plain file', () => {
    const file = site('/assets/big-1.js')!;
    const br = negotiate(file, 'gzip, deflate, br, zstd');
    expect(br.headers['Content-Encoding']).toBe('br');
    expect(text(br.body)).toBe('prebuilt br');
    const gz = negotiate(file, 'gzip, deflate');
    expect(gz.headers['Content-Encoding']).toBe('gzip');
    expect(text(gz.body)).toBe('prebuilt gz');
    const plain = negotiate(file, null);
    expect(plain.headers['Content-Encoding']).toBeUndefined();
    expect(text(plain.body)).toBe(script);
    expect(negotiate(file, 'br;q=0, gzip').headers['Content-Encoding']).toBe('gzip');
  });

  it('tells caches the answer varies by Accept-Encoding, with an ETag per encoding', () => {
    const file = site('/assets/big-1.js')!;
    const etags = [negotiate(file, 'br'), negotiate(file, 'gzip'), negotiate(file, '')].map((sent) => {
      expect(sent.headers.Vary).toBe('Accept-Encoding');
      return sent.headers.ETag;
    });
    expect(new Set(etags).size).toBe(3);
  });

  it('compresses once at start what the build did not, and the rewritten index.html', () => {
    const other = site('/assets/other-2.js')!;
    expect(other.encoded.br).toBeDefined();
    expect(brotliDecompressSync(negotiate(other, 'br').body).toString()).toBe(script);
    expect(gunzipSync(negotiate(other, 'gzip').body).toString()).toBe(script);
    const index = negotiate(site('/index.html')!, 'gzip');
    expect(gunzipSync(index.body).toString()).toContain('window.__MCC_CONFIG__');
  });

  it('leaves files too small to gain as they are', () => {
    const tiny = negotiate(site('/assets/tiny-3.js')!, 'br, gzip');
    expect(tiny.headers['Content-Encoding']).toBeUndefined();
    expect(tiny.headers.Vary).toBeUndefined();
  });
});
