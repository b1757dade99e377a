// Runs every tests/browser/*.browser.mjs against the built app (dist/) in Debian's Chromium.
// Usage: npm run build && npm run test:browser [-- path/to/one.browser.mjs …]
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BROWSER_DIST_DIR (default dist).
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './launch-chromium.mjs';

const testsDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.resolve(testsDir, '../..');
const distDir = path.resolve(rootDir, process.env.BROWSER_DIST_DIR ?? 'dist');
const artifactsDir = path.join(testsDir, 'artifacts');

const testTimeoutMs = 90_000;
// Shorter than the test timeout, so a missing element fails with the locator in the message.
const actionTimeoutMs = 20_000;
const navigationTimeoutMs = 30_000;

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

async function fileAt(filePath) {
  try {
    const info = await stat(filePath);
    if (info.isFile()) return { filePath, size: info.size };
    if (info.isDirectory()) return fileAt(path.join(filePath, 'index.html'));
  } catch {
    // missing: the caller decides between the SPA fallback and a 404
  }
  return null;
}

/** Finds what to send for a URL path: the file, index.html for client-side routes, or an error status. */
async function resolveRequest(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  const filePath = path.resolve(distDir, `.${path.posix.normalize(decoded)}`);
  if (filePath !== distDir && !filePath.startsWith(distDir + path.sep)) return { status: 403 };
  const found = await fileAt(filePath);
  if (found) return { status: 200, ...found };
  // A path without an extension is a client-side route; a missing asset stays a 404.
  if (path.posix.extname(decoded) === '') {
    const index = await fileAt(path.join(distDir, 'index.html'));
    if (index) return { status: 200, ...index };
  }
  return { status: 404 };
}

function startStaticServer() {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    resolveRequest(pathname).then(
      (result) => {
        if (result.status !== 200) {
          response.writeHead(result.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${result.status}\n`);
          return;
        }
        const type = mimeTypes[path.extname(result.filePath).toLowerCase()] ?? 'application/octet-stream';
        response.writeHead(200, {
          'Content-Type': type,
          'Content-Length': result.size,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        const stream = createReadStream(result.filePath);
        stream.on('error', () => response.destroy());
        stream.pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

async function findTestFiles() {
  const requested = process.argv.slice(2).filter((arg) => arg !== '--');
  if (requested.length > 0) return requested.map((file) => path.resolve(file));
  const entries = await readdir(testsDir);
  return entries
    .filter((entry) => entry.endsWith('.browser.mjs'))
    .sort()
    .map((entry) => path.join(testsDir, entry));
}

const labelOf = (file) => path.basename(file).replace(/\.browser\.mjs$|\.m?js$/, '');
const slug = (text) =>
  String(text)
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'shot';

function withTimeout(promise, ms, message) {
  let timer;
  // If the timeout wins, the test keeps running until its context is closed; swallow that late failure.
  promise.catch(() => {});
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class PageError extends Error {
  constructor(cause) {
    super(`uncaught error in the page: ${formatError(cause)}`, { cause });
  }
}

function formatError(error) {
  return (error instanceof Error ? error.message : String(error)).trim();
}

async function runOne(browser, file, baseUrl) {
  const label = labelOf(file);
  const result = { name: label, ok: false, error: null, details: [], consoleErrors: [], ms: 0 };
  const started = Date.now();

  let test;
  try {
    test = await import(pathToFileURL(file).href);
    if (typeof test.name === 'string' && test.name.trim() !== '') result.name = test.name;
    if (typeof test.default !== 'function') throw new Error(`${path.basename(file)} has no default export function`);
  } catch (error) {
    result.error = error;
    return result;
  }

  let context;
  const pageErrors = [];
  try {
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'allow' });
    context.setDefaultTimeout(actionTimeoutMs);
    context.setDefaultNavigationTimeout(navigationTimeoutMs);
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') result.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error));
    });
    const page = await context.newPage();
    const screenshot = async (name) => {
      const target = path.join(artifactsDir, `${label}-${slug(name)}.png`);
      await page.screenshot({ path: target, fullPage: true });
      return target;
    };

    await withTimeout(
      Promise.resolve().then(() => test.default({ page, baseUrl, screenshot })),
      testTimeoutMs,
      `timed out after ${testTimeoutMs / 1000} s`,
    );
    if (pageErrors.length > 0) throw new PageError(pageErrors[0]);
    result.ok = true;
  } catch (error) {
    result.error = error;
    const alreadyReported = pageErrors.length > 0 && result.error instanceof PageError ? 1 : 0;
    for (const pageError of pageErrors.slice(alreadyReported)) {
      result.details.push(`page error: ${formatError(pageError)}`);
    }
    const page = context?.pages()[0];
    if (page && !page.isClosed()) {
      const target = path.join(artifactsDir, `${label}-failure.png`);
      try {
        await page.screenshot({ path: target, fullPage: true, timeout: 5_000 });
        result.details.push(`screenshot: ${path.relative(rootDir, target)}`);
        result.details.push(`url: ${page.url()}`);
      } catch {
        // the page may already be gone; the error above is what matters
      }
    }
  } finally {
    result.ms = Date.now() - started;
    await context?.close().catch(() => {});
  }
  return result;
}

function report(result) {
  const seconds = `${(result.ms / 1000).toFixed(1)} s`;
  if (result.ok) {
    const noise = result.consoleErrors.length > 0 ? `, ${result.consoleErrors.length} console error(s)` : '';
    console.log(`✓ ${result.name} (${seconds}${noise})`);
    if (process.env.BROWSER_SHOW_CONSOLE)
      for (const line of result.consoleErrors) console.log(`    console error: ${line}`);
    return;
  }
  const [headline = 'failed', ...rest] = formatError(result.error).split('\n');
  console.log(`✗ ${result.name}: ${headline}`);
  const indent = (line) => `    ${line}`;
  for (const line of rest.filter((line) => line.trim() !== '').slice(0, 30)) console.log(indent(line));
  for (const line of result.details) console.log(indent(line));
  for (const line of result.consoleErrors.slice(0, 10)) console.log(indent(`console error: ${line}`));
}

let browser;
let server;
let cleaningUp;
function cleanUp() {
  cleaningUp ??= Promise.all([
    browser?.close().catch(() => {}),
    server ? closeServer(server).catch(() => {}) : undefined,
  ]);
  return cleaningUp;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    console.log(`\n${signal}: closing the browser and the server`);
    void cleanUp().then(() => process.exit(code));
  });
}

async function main() {
  const files = await findTestFiles();
  const results = new Map();
  const record = (file, result) => {
    results.set(file, result);
    report(result);
  };
  const failRest = (error) => {
    for (const file of files) {
      if (results.has(file)) continue;
      record(file, { name: labelOf(file), ok: false, error, details: [], consoleErrors: [], ms: 0 });
    }
  };

  if (files.length === 0) {
    record('(none)', {
      name: 'browser tests',
      ok: false,
      error: new Error(`no *.browser.mjs files in ${path.relative(rootDir, testsDir)}`),
      details: [],
      consoleErrors: [],
      ms: 0,
    });
  } else if (!(await fileAt(path.join(distDir, 'index.html')))) {
    failRest(new Error(`${path.relative(rootDir, distDir)}/index.html not found: run \`npm run build\` first`));
  } else {
    try {
      await mkdir(artifactsDir, { recursive: true });
      // Drop the screenshots of the files about to run, so none left there is from an earlier run.
      const labels = files.map(labelOf);
      for (const entry of await readdir(artifactsDir)) {
        if (entry.endsWith('.png') && labels.some((label) => entry.startsWith(`${label}-`))) {
          await rm(path.join(artifactsDir, entry), { force: true });
        }
      }
      const started = await startStaticServer();
      server = started.server;
      browser = await launchChromium();
      for (const file of files) {
        if (!browser.isConnected()) throw new Error('the browser has disconnected');
        record(file, await runOne(browser, file, started.baseUrl));
      }
    } catch (error) {
      failRest(error);
    } finally {
      await cleanUp();
    }
  }

  const passed = [...results.values()].filter((result) => result.ok).length;
  const failed = results.size - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // A timed-out test may leave a poll running against its closed page; do not wait for it.
    setTimeout(() => process.exit(code), 5_000).unref();
  },
  async (error) => {
    console.error(error);
    await cleanUp();
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
