// Where the 50,000-account demo's first board spends its time: fresh loads (empty storage) of
// /expired?view=cards&demoAccounts=50000 on the production build, with the page's and the demo Worker's User Timing
// (`demo:*`, mocks/demo-phases.ts) on one timeline in ms from navigation start: the Worker created, its script
// fetched and evaluated, the fleet grown, the store built, today settled, MSW started, the first request and its
// answer, the first card; the scripts' requests; the long tasks. TRACE=1 adds a Chrome trace of the last load and
// what ran inside each main-thread task over 50 ms. A diagnostic, not a test: `tsx scripts/trace-demo-load.ts` after
// `vite build` (TRACE_DIST for another build, TRACE_RUNS loads, default 3; TRACE_ACCOUNTS, default 50000).
import type { Page, Worker } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../tests/browser/launch-chromium.mjs';
import { startTrace, type TraceEvent } from './chrome-trace';

interface Timed {
  name: string;
  start: number;
  duration: number;
}

const runs = Number(process.env.TRACE_RUNS ?? 3);
const accounts = Number(process.env.TRACE_ACCOUNTS ?? 50_000);
const server = await preview({
  build: { outDir: process.env.TRACE_DIST ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();

/** The `demo:*` marks and measures of a page or a Worker, in ms from the page's navigation start. */
async function demoTimings(target: Page | Worker, pageOrigin: number): Promise<Timed[]> {
  const read = () => ({
    origin: performance.timeOrigin,
    entries: performance
      .getEntries()
      .filter((entry) => entry.name.startsWith('demo:'))
      .map((entry): Timed => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
  });
  const { origin, entries } = await (target as Page).evaluate(read);
  return entries.map((entry) => ({ ...entry, start: entry.start + origin - pageOrigin }));
}

const pad = (value: number) => value.toFixed(1).padStart(7);

async function traced(page: Page, load: () => Promise<void>): Promise<TraceEvent[]> {
  const stop = await startTrace(await page.context().newCDPSession(page), [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    'v8.execute',
    'v8',
    'loading',
  ]);
  await load();
  return stop();
}

/** What is worth naming inside a task: script, style, layout, paint, garbage collection. */
const INSIDE =
  /^(EvaluateScript|v8.compile|v8.compileModule|v8.evaluateModule|FunctionCall|ParseHTML|Layout|UpdateLayoutTree|Paint|TimerFire|FireAnimationFrame|EventDispatch|HandlePostMessage|RunMicrotasks|ParseAuthorStyleSheet|PrePaint|Commit|MinorGC|MajorGC)$/;

/** Each main-thread and Worker task over 50 ms, with the pieces inside it over 3 ms. */
function printLongTasks(events: TraceEvent[]): void {
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL);
  if (!navigation) {
    console.log(`  (no navigationStart among ${events.length} trace events)`);
    return;
  }
  const rel = (ts: number) => pad((ts - navigation.ts) / 1000);
  const threads = new Map<number, string>([[navigation.tid, 'main thread']]);
  for (const e of events)
    if (e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'DedicatedWorker thread')
      threads.set(e.tid, 'Worker');
  for (const [tid, thread] of threads) printThread(events, tid, thread, navigation.ts, rel);
}

function printThread(events: TraceEvent[], tid: number, thread: string, from: number, rel: (ts: number) => string) {
  const main = events.filter((e) => e.tid === tid && e.ph === 'X' && e.ts >= from);
  const over = Number(process.env.TRACE_TASKS_OVER ?? 50) * 1000;
  console.log(`  ${thread}: tasks over ${over / 1000} ms (trace), with what ran inside over 3 ms:`);
  for (const task of main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > over)) {
    console.log(`  ${rel(task.ts)} +${((task.dur ?? 0) / 1000).toFixed(1)} ms task`);
    for (const e of main) {
      if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + (task.dur ?? 0) || (e.dur ?? 0) < 3_000)
        continue;
      if (!INSIDE.test(e.name)) continue;
      const data = e.args?.data ?? e.args?.beginData ?? {};
      const named = data.url ?? data.functionName ?? data.type;
      const what = typeof named === 'string' ? named.replace(base, '') : '';
      console.log(`    ${rel(e.ts)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${what}`);
    }
  }
}

try {
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    await page.addInitScript(`
      window.__trace = { first: null, longTasks: [] };
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__trace.longTasks.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid=account-card]')) { window.__trace.first = performance.now(); observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    `);
    const load = async () => {
      await page.goto(`${base}/expired?view=cards&demoAccounts=${accounts}`);
      await page.getByTestId('account-card').first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1_000);
    };
    const events = process.env.TRACE === '1' && run === runs ? await traced(page, load) : (await load(), []);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const timings = [
      ...(await demoTimings(page, origin)),
      ...(await Promise.all(workers.map((worker) => demoTimings(worker, origin)))).flat(),
    ];
    const { first, longTasks, resources } = await page.evaluate(() => {
      const trace = (window as unknown as { __trace: { first: number; longTasks: Array<[number, number]> } }).__trace;
      return {
        ...trace,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => /\.js$|\/api\//.test(entry.name))
          .map((entry) => ({
            name: entry.name.replace(location.origin, ''),
            start: entry.startTime,
            end: entry.responseEnd,
          })),
      };
    });
    const rows: Timed[] = [
      ...timings,
      ...resources.map((r) => ({ name: `fetched ${r.name}`, start: r.start, duration: r.end - r.start })),
      ...longTasks.map(([start, duration]) => ({ name: 'long task (main thread)', start, duration })),
      { name: 'first card on screen', start: first, duration: 0 },
    ].sort((a, b) => a.start - b.start);
    console.log(`\nrun ${run}: first card at ${first.toFixed(1)} ms; from navigation start, start (+duration):`);
    for (const row of rows)
      console.log(
        `  ${pad(row.start)} ${row.duration > 0 ? `+${row.duration.toFixed(1)}`.padEnd(9) : ''.padEnd(9)} ${row.name}`,
      );
    if (events.length > 0) printLongTasks(events);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
