// Where the live console's first board spends its time: one fresh, signed-in load of /paid?view=cards on a fresh
// PGlite live server, with a Chrome trace (devtools.timeline) and the server's own time per request. Prints the
// timeline in ms from navigation start: requests (with server time), script evaluation, long tasks and what ran
// inside them, the first card. A diagnostic, not a test: `tsx scripts/trace-live-load.ts` after `vite build`
// (TRACE_DIST for another build, TRACE_SERVER for another checkout's server, TRACE_OUT to keep the raw trace JSON for chrome://tracing).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { startLiveServer as StartLiveServer } from '../server/node/live-server';
import { launchChromium } from '../tests/browser/launch-chromium.mjs';
import { startTrace } from './chrome-trace';
import { liveSessionCookie } from './live-session-cookie';

const distDir = process.env.TRACE_DIST ?? 'dist';
// TRACE_SERVER: another checkout's server/node/live-server.ts, to compare a server-side change on the same build.
const { startLiveServer } = (await import(process.env.TRACE_SERVER ?? '../server/node/live-server')) as {
  startLiveServer: typeof StartLiveServer;
};
const dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-trace-'));
const live = await startLiveServer({
  database: { kind: 'pglite', dataDir },
  port: 0,
  hostname: '127.0.0.1',
  distDir,
  sampleData: true,
});
const staff = live.seeded![0]!;
const cookie = await liveSessionCookie(live.url, staff);
const browser = await launchChromium();
// TRACE_WARM=1: one untraced load first, so that the traced one meets a warm server (as runs 2-5 of bench:browser do).
const warmUps = process.env.TRACE_WARM === '1' ? 1 : 0;
try {
  for (let warm = 0; warm < warmUps; warm += 1) {
    const context = await browser.newContext();
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto(`${live.url}/paid?view=cards`);
    await page.getByTestId('account-card').first().waitFor({ timeout: 60_000 });
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies([cookie]);
  const page = await context.newPage();
  await page.addInitScript(
    `window.__first = null; new MutationObserver((_, o) => { if (document.querySelector('[data-testid=account-card]')) { window.__first = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });`,
  );
  const cdp = await context.newCDPSession(page);
  const tracing = process.env.TRACE !== '0';
  // TRACE_PROFILE=1: a sampled CPU profile too, the functions that took the most time (self and with callees), the
  // TRACE_TOP most of each (25 unless told; a build with `--minify false` names React's and our functions).
  const profiling = process.env.TRACE_PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const stopTrace = tracing
    ? await startTrace(cdp, [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'loading',
        'v8',
        'disabled-by-default-v8.compile',
      ])
    : null;
  await page.goto(`${live.url}/paid?view=cards`);
  await page.waitForFunction(() => (window as unknown as { __first: number | null }).__first !== null, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1_000);
  const first = await page.evaluate(() => (window as unknown as { __first: number }).__first);
  const resources = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return [nav, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])].map((e) => ({
      name: e.name.replace(location.origin, ''),
      start: e.startTime,
      requestStart: e.requestStart,
      responseStart: e.responseStart,
      end: e.responseEnd,
      bytes: e.transferSize,
    }));
  });
  if (profiling) {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const label = (id: number) => {
      const frame = byId.get(id)!.callFrame;
      return `${frame.functionName || '(anonymous)'} ${frame.url.replace(live.url, '')}:${frame.lineNumber}:${frame.columnNumber}`;
    };
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, index) => {
      const ms = (deltas[index + 1] ?? 0) / 1000;
      self.set(label(id), (self.get(label(id)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = label(at);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + ms);
      }
    });
    const top = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.TRACE_TOP ?? 25))
        .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)}  ${name}`)
        .join('\n');
    console.log(`CPU profile, self time:\n${top(self)}\n\nwith callees:\n${top(total)}`);
  }
  if (!stopTrace) {
    console.log(`first card at ${first.toFixed(1)} ms (no trace)`);
    for (const r of resources)
      console.log(
        `  ${r.start.toFixed(1).padStart(7)} ${r.requestStart.toFixed(1).padStart(7)} ${r.responseStart.toFixed(1).padStart(7)} ${r.end.toFixed(1).padStart(7)}  ${String(r.bytes).padStart(7)}  ${r.name}`,
      );
    process.exit(0);
  }
  const events = await stopTrace();
  if (process.env.TRACE_OUT) await writeFile(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));

  const navStart =
    events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL)?.ts ??
    events.find((e) => e.name === 'navigationStart')!.ts;
  const rel = (ts: number) => ((ts - navStart) / 1000).toFixed(1);
  const mainTid = events.find((e) => e.name === 'navigationStart')!.tid;
  console.log(`first card at ${first.toFixed(1)} ms`);
  console.log('\nrequests (start, request sent, first byte (TTFB-start = server+wire), end, bytes):');
  for (const r of resources)
    console.log(
      `  ${r.start.toFixed(1).padStart(7)} ${r.requestStart.toFixed(1).padStart(7)} ${r.responseStart.toFixed(1).padStart(7)} ${r.end.toFixed(1).padStart(7)}  ${String(r.bytes).padStart(7)}  ${r.name}`,
    );
  console.log('\nmain-thread tasks over 10 ms, with the biggest pieces inside:');
  const main = events.filter((e) => e.tid === mainTid && e.ph === 'X' && e.ts >= navStart);
  const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 10_000);
  for (const task of tasks) {
    console.log(`  task ${rel(task.ts)} +${((task.dur ?? 0) / 1000).toFixed(1)} ms`);
    const inner = main.filter(
      (e) =>
        e !== task &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) &&
        (e.dur ?? 0) > 2_000 &&
        /EvaluateScript|v8.compile|v8.compileModule|v8.evaluateModule|FunctionCall|ParseHTML|Layout|UpdateLayoutTree|Paint|TimerFire|FireAnimationFrame|EventDispatch|v8.run|RunMicrotasks|XHRReadyStateChange|ResourceReceivedData|ParseAuthorStyleSheet|PrePaint|Commit|MinorGC|MajorGC|V8.GC/.test(
          e.name,
        ),
    );
    for (const e of inner) {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      const what =
        (d.url as string | undefined)?.replace(live.url, '') ??
        (d.functionName as string | undefined) ??
        (d.type as string | undefined) ??
        '';
      console.log(`      ${rel(e.ts).padStart(7)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${what}`);
    }
  }
} finally {
  await browser.close();
  await live.close();
  await rm(dataDir, { recursive: true, force: true });
}
