// The issue-9 figures, side by side, in real Chromium on the production build: JavaScript on the wire before the
// first card, time to the first card, long tasks, for a bare Vite + React page (built here: one h1 and 50 li), live
// mode signed in, the demo at 60 and at 50,000 accounts; plus opening an account page from a card. Medians of 5
// fresh loads. A benchmark, not a test: `npm run bench:browser` (BENCH_RUNS to change the 5).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { startLiveServer } from '../server/node/live-server';
import { launchChromium } from '../tests/browser/launch-chromium.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);

interface Load {
  jsBytes: number;
  firstMs: number;
  longTaskMs: number;
  maxLongTaskMs: number;
}

/** Records, from the first byte of the page, when `selector` first appears and every long task. */
const probe = (selector: string) => `
  window.__bench = { first: null, longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (window.__bench.first === null && document.querySelector(${JSON.stringify(selector)})) {
      window.__bench.first = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function load(
  browser: Browser,
  url: string,
  selector: string,
  cookie?: { name: string; value: string; url: string },
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (cookie) await context.addCookies([cookie]);
  const page = await context.newPage();
  await page.addInitScript(probe(selector));
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { first: number | null } }).__bench.first !== null,
    null,
    {
      timeout: 120_000,
    },
  );
  // Long tasks just after the first card still belong to the load (the rest of the board, the fleet growing).
  await page.waitForTimeout(1_000);
  const figures = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { first: number; longTasks: Array<[number, number]> } }).__bench;
    const js = performance
      .getEntriesByType('resource')
      .filter(
        (entry) => /\.m?js(\?|$)/.test(entry.name) && (entry as PerformanceResourceTiming).responseEnd <= bench.first,
      )
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0);
    const durations = bench.longTasks.map(([, duration]) => duration);
    return {
      jsBytes: js,
      firstMs: bench.first,
      longTaskMs: durations.reduce((sum, d) => sum + d, 0),
      maxLongTaskMs: Math.max(0, ...durations),
    };
  });
  return { figures, page, close: () => context.close() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(
  browser: Browser,
  url: string,
  selector: string,
  cookie?: { name: string; value: string; url: string },
  after?: (page: Page) => Promise<number>,
): Promise<Load & { afterMs?: number }> {
  const loads: Load[] = [];
  const afters: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { figures, page, close } = await load(browser, url, selector, cookie);
    loads.push(figures);
    if (after) afters.push(await after(page));
    await close();
  }
  return {
    jsBytes: median(loads.map((l) => l.jsBytes)),
    firstMs: median(loads.map((l) => l.firstMs)),
    longTaskMs: median(loads.map((l) => l.longTaskMs)),
    maxLongTaskMs: median(loads.map((l) => l.maxLongTaskMs)),
    ...(after ? { afterMs: median(afters) } : {}),
  };
}

/** Hover (the router preloads code and data on intent), click a card's name, wait for the account page. */
async function openAccount(page: Page): Promise<number> {
  const link = page.getByTestId('account-card').first().getByRole('link').first();
  const name = (await link.textContent()) ?? '';
  await link.hover();
  await page.waitForTimeout(300);
  const start = performance.now();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return performance.now() - start;
}

async function switchBoard(page: Page): Promise<number> {
  const start = performance.now();
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: /^Paid Subscriptions/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Paid Subscriptions' }).waitFor();
  await page.getByTestId('account-card').first().waitFor();
  return performance.now() - start;
}

async function bareSite(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mcc-bare-'));
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Bare</title></head><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>',
  );
  await writeFile(
    path.join(root, 'main.jsx'),
    `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<><h1>Bare page</h1><ul>{Array.from({ length: 50 }, (_, i) => <li key={i}>Item {i + 1}</li>)}</ul></>);`,
  );
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: { react: path.resolve('node_modules/react'), 'react-dom': path.resolve('node_modules/react-dom') },
    },
  });
  return root;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

const bareRoot = await bareSite();
const bare = await preview({
  root: bareRoot,
  configFile: false,
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const demo = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-bench-browser-'));
const live = await startLiveServer({
  database: { kind: 'pglite', dataDir },
  port: 0,
  hostname: '127.0.0.1',
  distDir: 'dist',
  sampleData: true,
});
const browser = await launchChromium();
const url = (server: typeof demo) => server.resolvedUrls!.local[0]!.replace(/\/$/, '');

try {
  const staff = live.seeded![0]!;
  const signIn = await fetch(`${live.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staff.email, password: staff.password }),
  });
  const [name, value] = signIn.headers.getSetCookie()[0]!.split(';')[0]!.split('=') as [string, string];
  const card = '[data-testid=account-card]';

  const columns = [
    ['bare Vite + React page', await measure(browser, `${url(bare)}/`, 'li:nth-child(50)')],
    [
      'live, signed in, first board',
      await measure(browser, `${live.url}/paid?view=cards`, card, { name, value, url: live.url }, openAccount),
    ],
    [
      'demo, 60 accounts',
      await measure(browser, `${url(demo)}/paid?view=cards&demoAccounts=60`, card, undefined, openAccount),
    ],
    [
      'demo, 50,000 accounts',
      await measure(browser, `${url(demo)}/expired?view=cards&demoAccounts=50000`, card, undefined, switchBoard),
    ],
  ] as const;
  const base = columns[0][1];
  const rows: Array<[string, (load: Load & { afterMs?: number }) => string]> = [
    [
      'JavaScript on the wire before the first card',
      (l) => `${kib(l.jsBytes)} (${(l.jsBytes / base.jsBytes).toFixed(1)}×)`,
    ],
    ['first card on screen', (l) => `${ms(l.firstMs)} (${(l.firstMs / base.firstMs).toFixed(1)}×)`],
    ['long tasks, total to 1 s after', (l) => ms(l.longTaskMs)],
    ['longest task', (l) => ms(l.maxLongTaskMs)],
    [
      'account page open after a click (hovered first) / board switch (50,000)',
      (l) => (l.afterMs === undefined ? '' : ms(l.afterMs)),
    ],
  ];
  console.log(
    `Medians of ${runs} fresh loads. Live mode is served brotli by the live server; the bare page and the demo gzip by vite preview.\n`,
  );
  console.log(`| | ${columns.map(([title]) => title).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---').join('|')}|`);
  for (const [label, show] of rows) console.log(`| ${label} | ${columns.map(([, load]) => show(load)).join(' | ')} |`);
} finally {
  await browser.close();
  await live.close();
  await new Promise((resolve) => bare.httpServer.close(resolve));
  await new Promise((resolve) => demo.httpServer.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
  await rm(bareRoot, { recursive: true, force: true });
}
