import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COMPRESSIBLE, compressBoth, MIN_PRECOMPRESS_BYTES } from '../build/precompress';

export interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  /** The same bytes compressed (made at build time, or once at start): never compressed per request. */
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

export type Encoding = 'br' | 'gzip';

/** What is sent for one request: the file in the best encoding the browser accepts. */
export interface StaticResponse {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite puts content-hashed files under assets/: their name changes with their content, so they may be kept for good. */
const HASHED = /^\/assets\//;

/** What the console reads at run time to know it is live (see src/api/config.ts). */
export interface RuntimeConfig {
  mode: 'live';
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * The console loads nothing from elsewhere: only its own scripts (and the one
 * config script, allowed by its hash), styles and API. An injected script or
 * a framing page has nothing to work with.
 */
function contentSecurityPolicy(inlineScript: string): string {
  const hash = createHash('sha256').update(inlineScript).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${hash}'`,
    // React sets style attributes (widths of bars, virtual rows).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function fileFor(urlPath: string, body: Uint8Array<ArrayBuffer>): StaticFile {
  const headers: Record<string, string> = {
    'Content-Type': TYPES[path.extname(urlPath).toLowerCase()] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    ETag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    // Everything not hashed is checked with the server each time (a cheap 304).
    'Cache-Control': HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (urlPath.endsWith('.html')) {
    headers['X-Frame-Options'] = 'DENY';
    headers['Referrer-Policy'] = 'same-origin';
  }
  return { body, headers, encoded: {} };
}

/** The encodings a browser accepts, by Accept-Encoding (q=0 refuses one). */
function accepted(acceptEncoding: string | null): Set<string> {
  const names = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

/**
 * Brotli where the browser takes it (smaller), else gzip, else the file as
 * built. Each encoding has its own ETag, and caches are told the answer
 * depends on Accept-Encoding.
 */
export function negotiate(file: StaticFile, acceptEncoding: string | null): StaticResponse {
  const encodings = Object.keys(file.encoded) as Encoding[];
  if (encodings.length === 0) return file;
  const headers = { ...file.headers, Vary: 'Accept-Encoding' };
  const accepts = accepted(acceptEncoding);
  for (const encoding of ['br', 'gzip'] as const) {
    const body = file.encoded[encoding];
    if (!body || !(accepts.has(encoding) || accepts.has('*'))) continue;
    const etag = file.headers.ETag!.replace(/"$/, `-${encoding}"`);
    return { body, headers: { ...headers, 'Content-Encoding': encoding, ETag: etag } };
  }
  return { body: file.body, headers };
}

/**
 * The built console (dist/), read into memory once: it is a few hundred KB.
 * index.html gets the run-time configuration, so one build serves demo mode
 * (without it) and live mode (with it).
 */
export async function loadStaticSite(
  distDir: string,
  config: RuntimeConfig,
  /** More of index.html, by name: each one the same page with its own extra head (first-board-preload.ts). */
  headVariants: Record<string, string> = {},
) {
  const files = new Map<string, StaticFile>();
  const paths: string[] = [];
  for await (const full of walk(distDir)) paths.push(full);
  const precompressed = /\.(?:br|gz)$/;
  const variants = new Map<string, StaticFile>();
  const prebuilt = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const full of paths.filter((name) => precompressed.test(name)))
    prebuilt.set(full, new Uint8Array(await readFile(full)));
  for (const full of paths.filter((name) => !precompressed.test(name))) {
    const urlPath = `/${path.relative(distDir, full).split(path.sep).join('/')}`;
    let body: Uint8Array<ArrayBuffer> = new Uint8Array(await readFile(full));
    let csp: string | null = null;
    if (urlPath === '/index.html') {
      const script = `window.__MCC_CONFIG__=${JSON.stringify(config)}`;
      body = new TextEncoder().encode(
        new TextDecoder().decode(body).replace('</head>', `<script>${script}</script></head>`),
      );
      csp = contentSecurityPolicy(script);
    }
    const file = fileFor(urlPath, body);
    if (csp) file.headers['Content-Security-Policy'] = csp;
    if (COMPRESSIBLE.test(urlPath) && body.byteLength >= MIN_PRECOMPRESS_BYTES) {
      // index.html changed above, so its build-time copies are stale; a build without them is compressed here, once.
      const br = csp ? undefined : prebuilt.get(`${full}.br`);
      const gzip = csp ? undefined : prebuilt.get(`${full}.gz`);
      file.encoded = br && gzip ? { br, gzip } : await compressBoth(body);
    }
    files.set(urlPath, file);
    if (urlPath === '/index.html')
      for (const [name, head] of Object.entries(headVariants)) {
        const variantBody = new TextEncoder().encode(
          new TextDecoder().decode(body).replace('</head>', `${head}</head>`),
        );
        const variant = fileFor(urlPath, variantBody);
        variant.headers['Content-Security-Policy'] = csp!;
        variant.encoded = await compressBoth(variantBody);
        variants.set(name, variant);
      }
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`${distDir}/index.html is missing: build the console first (npm run build).`);

  /**
   * The file for a path; index.html for a client-side route (its `variant`, when one is named and exists); null
   * for a missing asset.
   */
  return (urlPath: string, variant?: string | null): StaticFile | null => {
    const file = files.get(urlPath) ?? files.get(`${urlPath.replace(/\/$/, '')}/index.html`);
    const page = file ?? (path.posix.extname(urlPath) === '' ? index : null);
    return page === index && variant ? (variants.get(variant) ?? index) : page;
  };
}

export type StaticSite = Awaited<ReturnType<typeof loadStaticSite>>;
