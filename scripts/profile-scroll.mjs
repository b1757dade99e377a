// Issue 9's scroll check, small and repeatable: on the 50,000-account demo, the first board's longest task, a
// switch to Paid Subscriptions, then 5,000 loaded cards scrolled through a mouse wheel step (1,350 px) at a time,
// for one or more builds interleaved in one run (timings on a shared machine are only comparable within a run).
// With PROFILE=1, a CDP CPU profile of the scroll, summed by function (self time) and by category, is printed.
//   node scripts/profile-scroll.mjs dist /tmp/before-dist   (ROUNDS=2, WANTED=5000, VIEW=list, PROFILE_OUT=p.json)
/* global window, document, requestAnimationFrame -- the evaluated functions run in the page */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { preview } from 'vite';
import { launchChromium } from '../tests/browser/launch-chromium.mjs';

const dists = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 1);
const wanted = Number(process.env.WANTED ?? 5_000);
const profile = process.env.PROFILE === '1';
const trace = process.env.TRACE === '1';
// VIEW=list scrolls the list view's rows instead of the cards; PROFILE_OUT=file.json keeps the raw CPU profile.
const view = process.env.VIEW === 'list' ? 'list' : 'cards';
const profileOut = process.env.PROFILE_OUT;
// What stands for one account on screen: a card, or a list row (the list's header and footer rows have no index).
const accountSelector = view === 'list' ? '.accounts-table__row[data-index]' : '[data-testid=account-card]';

/** A Performance trace's main-thread work by kind (Layout, UpdateLayoutTree, Paint, FunctionCall...), in ms. */
function timeline(json) {
  const events = json.traceEvents ?? json;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    if (
      ![
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'PrePaint',
        'Layerize',
        'FunctionCall',
        'EventDispatch',
        'RunTask',
        'ParseHTML',
        'HitTest',
        'TimerFire',
        'FireAnimationFrame',
        'MajorGC',
        'MinorGC',
      ].includes(e.name)
    )
      continue;
    byName.set(`trace ${e.name}`, (byName.get(`trace ${e.name}`) ?? 0) + (e.dur ?? 0) / 1000);
    // Thread time, not wall time: what the main thread itself spent, whatever else the machine was running.
    if (e.name === 'RunTask' && e.tdur !== undefined) {
      byName.set('cpu RunTask', (byName.get('cpu RunTask') ?? 0) + e.tdur / 1000);
      if (e.tdur > 50_000) byName.set('cpu tasks over 50 ms', (byName.get('cpu tasks over 50 ms') ?? 0) + 1);
      byName.set('cpu longest task', Math.max(byName.get('cpu longest task') ?? 0, e.tdur / 1000));
    }
  }
  // The long tasks, each with what it held (the work nested in it, by kind).
  const onMain = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid);
  const long = onMain
    .filter((e) => e.name === 'RunTask' && e.dur > 50_000)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 5);
  for (const task of long) {
    const inside = new Map();
    for (const e of onMain)
      if (e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.name !== 'RunTask')
        inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const parts = [...inside.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([n, d]) => `${n} ${d.toFixed(0)}`);
    byName.set(`long task ${(task.dur / 1000).toFixed(0)} ms: ${parts.join(', ')}`, 0);
  }
  return [...byName.entries()].sort((a, b) => b[1] - a[1]);
}

const probe = `
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;
const now = (page) => page.evaluate(() => performance.now());
const longest = (page, from, to) =>
  page.evaluate(
    ([start, end]) =>
      Math.max(0, ...window.__bench.longTasks.filter(([at]) => at >= start && at <= end).map(([, d]) => d)),
    [from, to],
  );
const loadedCount = (page) =>
  page.evaluate(() =>
    Number(
      /Showing ([\d,]+)/.exec(document.querySelector('.load-more p')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0,
    ),
  );

function summarize(cpuProfile) {
  const byId = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = cpuProfile.timeDeltas;
  cpuProfile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
}

async function measure(browser, base, profileFile) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(`${base}/expired?view=${view}&demoAccounts=50000`);
  await page.locator(accountSelector).first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1_000);
  const firstLongest = await longest(page, 0, await now(page));
  await page.waitForTimeout(2_000);
  let from = await now(page);
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: /^Paid Subscriptions/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Paid Subscriptions' }).waitFor();
  await page.locator(accountSelector).first().waitFor();
  const switchMs = (await now(page)) - from;
  await page.waitForTimeout(200);
  const switchLongest = await longest(page, from, await now(page));
  for (let tries = 0; tries < 400 && (await loadedCount(page)) < wanted; tries += 1) {
    const shown = await loadedCount(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page
      .waitForFunction(
        (before) =>
          Number(
            /Showing ([\d,]+)/
              .exec(document.querySelector('.load-more p')?.textContent ?? '')?.[1]
              ?.replace(/,/g, '') ?? 0,
          ) > before,
        shown,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
  }
  const loaded = await loadedCount(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  const cdp = profile ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (trace)
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  from = await now(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight - 3 * window.innerHeight);
  let inDom = 0;
  for (let y = 0; y < height; y += 1_350) {
    await page.mouse.wheel(0, 1_350);
    inDom = Math.max(
      inDom,
      await page.evaluate(
        (selector) =>
          new Promise((resolve) => requestAnimationFrame(() => resolve(document.querySelectorAll(selector).length))),
        accountSelector,
      ),
    );
  }
  const to = await now(page);
  await page.waitForTimeout(200);
  const scrollTasks = await page.evaluate(
    ([start, end]) => window.__bench.longTasks.filter(([at]) => at >= start && at <= end).map(([, d]) => d),
    [from, to],
  );
  let top = null;
  if (cdp) {
    const { profile: cpuProfile } = await cdp.send('Profiler.stop');
    if (profileFile) await writeFile(profileFile, JSON.stringify(cpuProfile));
    top = summarize(cpuProfile);
  }
  if (trace) top = [...(top ?? []), ...timeline(JSON.parse((await browser.stopTracing()).toString()))];
  await context.close();
  return {
    firstLongest,
    switchMs,
    switchLongest,
    loaded,
    scrollMs: to - from,
    scrollLongest: Math.max(0, ...scrollTasks),
    scrollLongTotal: scrollTasks.reduce((a, b) => a + b, 0),
    scrollLongCount: scrollTasks.length,
    inDom,
    top,
  };
}

const servers = await Promise.all(
  dists.map((outDir) => preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' })),
);
const browser = await launchChromium();
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, dist] of dists.entries()) {
      const load = os.loadavg()[0].toFixed(1);
      const result = await measure(
        browser,
        servers[index].resolvedUrls.local[0].replace(/\/$/, ''),
        profileOut && profileOut.replace(/\.json$/, `-${round}-${index}.json`),
      );
      const { top, ...figures } = result;
      console.log(
        JSON.stringify({
          dist,
          round,
          load,
          ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v)])),
        }),
      );
      if (top) for (const [name, ms] of top) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
