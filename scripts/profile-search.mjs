// Issue 7's search on the 50,000-account demo, taken apart: where the time from the last keystroke to the board
// showing the final query's results goes. The page is instrumented before it loads (no change to the app): the
// input events, the debounce's timer, the URL's change (history), React's commits (a stand-in for the devtools
// hook), the fetch, MSW's service worker handing the request to the page, the page handing it to the demo Worker
// and the answer coming back, the response handed back to the service worker, the fetch resolved, the JSON read,
// and the board drawn (the bench's own test, looked for at every DOM change) and the frame after it.
// Several builds, interleaved (timings on a shared machine are only comparable within a run); medians per step.
//   node scripts/profile-search.mjs dist /work/dist-before   (ROUNDS=3, WORDS=dental,legal,..., TRACE=1, EVENTS=1)
// TRACE=1 also records a Chromium trace of each search and prints the main thread's work in that window by kind.
/* global window, document, requestAnimationFrame, history, MutationObserver -- the instrument runs in the page */
import os from 'node:os';
import { preview } from 'vite';
import { launchChromium } from '../tests/browser/launch-chromium.mjs';

const dists = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 3);
const words = (process.env.WORDS ?? 'dental,legal,bakery,clinic,harbor,falcon').split(',');
const trace = process.env.TRACE === '1';
const showEvents = process.env.EVENTS === '1';
// DUMP=1 (with TRACE=1): every main-thread task over 0.5 ms from the last keystroke to the board drawn.
const dumpTasks = process.env.DUMP === '1';
// PROFILE=1: a CPU profile of the page from the first keystroke to the board drawn, by function, self and total
// (a build with `--minify false` names React's components: `npx vite build --minify false --outDir /tmp/nomin`).
const profile = process.env.PROFILE === '1';

// Runs in the page before its own scripts: every step it records is [name, performance.now(), detail].
const instrument = () => {
  const events = [];
  window.__search = { events, target: null };
  const mark = (name, detail) => {
    events.push([name, performance.now(), detail]);
    // In a trace too, so that its main-thread work can be cut to the last keystroke → board drawn.
    if (name === 'input' || name === 'board drawn') performance.mark(`search: ${name}`);
  };
  const searched = (url) => typeof url === 'string' && url.includes('/api/v1/accounts') && url.includes('q=');
  let inputAt = -Infinity;
  document.addEventListener(
    'input',
    (event) => {
      inputAt = performance.now();
      mark('input', event.target?.value);
    },
    true,
  );
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method].bind(history);
    history[method] = (state, unused, url) => {
      mark(method === 'pushState' ? 'url pushed' : 'url replaced', String(url));
      return original(state, unused, url);
    };
  }
  const originalSetTimeout = window.setTimeout;
  window.setTimeout = (callback, delay, ...rest) => {
    // The search box's pause (a timer set while an input event is handled): when it fires.
    if (typeof callback === 'function' && delay > 0 && performance.now() - inputAt < 2)
      return originalSetTimeout(() => {
        mark('pause over', delay);
        callback(...rest);
      }, delay);
    return originalSetTimeout(callback, delay, ...rest);
  };
  const originalFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!searched(url)) return originalFetch(input, init);
    mark('fetch', url);
    init?.signal?.addEventListener('abort', () => mark('fetch aborted', url));
    return originalFetch(input, init).then((response) => {
      mark('fetch resolved', url);
      return response;
    });
  };
  const originalJson = Response.prototype.json;
  Response.prototype.json = function json() {
    const url = this.url;
    return originalJson.call(this).then((value) => {
      if (searched(url)) mark('json read', url);
      return value;
    });
  };
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (event.data?.type === 'REQUEST' && searched(event.data.payload?.url)) mark('sw → page', event.data.payload.url);
  });
  const originalPortPost = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function postMessage(message, ...rest) {
    if (message?.type === 'MOCK_RESPONSE') mark('page → sw');
    return originalPortPost.call(this, message, ...rest);
  };
  const OriginalWorker = window.Worker;
  const asked = new Set();
  window.Worker = class extends OriginalWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (event.data?.type === 'response' && asked.has(event.data.id)) mark('worker → page', event.data.id);
      });
    }
    postMessage(message, ...rest) {
      if (message?.type === 'request' && searched(message.url)) {
        asked.add(message.id);
        mark('page → worker', message.id);
      }
      return super.postMessage(message, ...rest);
    }
  };
  // React DOM calls the devtools hook at every commit, when there is one.
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => mark('react commit'),
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
  new MutationObserver(() => {
    const word = window.__search.target;
    if (!word) return;
    const card = document.querySelector('[data-testid=account-card]')?.textContent ?? '';
    const count = document.querySelector('[data-testid=board-count]')?.textContent ?? '';
    if (
      new URLSearchParams(window.location.search).get('q') === word &&
      document.querySelector('.board[aria-busy=true]') === null &&
      / of /.test(count) &&
      card.toLowerCase().includes(word)
    ) {
      window.__search.target = null;
      mark('board drawn');
      requestAnimationFrame(() => {
        mark('next frame');
        window.__search.done = true;
      });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
};

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
};

/** The main thread's work in the trace from the last keystroke to the board drawn, by kind (ms). */
function mainThreadWork(json) {
  const events = json.traceEvents ?? json;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const drawn = events.find((e) => e.name === 'search: board drawn')?.ts ?? Infinity;
  const key = Math.max(...events.filter((e) => e.name === 'search: input' && e.ts < drawn).map((e) => e.ts));
  const byName = new Map();
  // Each thread's own CPU time (thread time, whatever else the machine runs) in the window: the page's main thread,
  // the demo API's Worker, MSW's service worker.
  const threads = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']),
  );
  if (dumpTasks) console.log(`    threads: ${[...new Set(threads.values())].join(', ')}`);
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || e.ts < key || e.ts > drawn || e.tdur === undefined) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
    const kind = /Worker thread|DedicatedWorker/.test(thread)
      ? 'cpu: demo Worker'
      : /ServiceWorker/.test(thread)
        ? 'cpu: service worker'
        : thread === 'CrRendererMain' && e.pid === main.pid
          ? 'cpu: main thread'
          : null;
    if (kind) byName.set(kind, (byName.get(kind) ?? 0) + e.tdur / 1000);
  }
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    if (e.ts < key || e.ts > drawn) continue;
    if (dumpTasks && e.name === 'RunTask' && e.dur > 500) {
      // What the task ran: its outermost script calls and event dispatches.
      const inside = events
        .filter(
          (n) =>
            n.ph === 'X' &&
            n.pid === main.pid &&
            n.tid === main.tid &&
            n.ts >= e.ts &&
            n.ts + (n.dur ?? 0) <= e.ts + e.dur &&
            [
              'FunctionCall',
              'EventDispatch',
              'TimerFire',
              'FireAnimationFrame',
              'Layout',
              'UpdateLayoutTree',
              'Paint',
            ].includes(n.name),
        )
        .map(
          (n) =>
            `${n.name}${n.args?.data?.functionName ? `:${n.args.data.functionName}` : ''}${n.args?.data?.type ? `:${n.args.data.type}` : ''} ${((n.dur ?? 0) / 1000).toFixed(1)}`,
        );
      console.log(
        `    task at ${((e.ts - key) / 1000).toFixed(1).padStart(6)} for ${(e.dur / 1000).toFixed(1).padStart(5)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(1)}): ${inside.slice(0, 6).join(', ')}`,
      );
    }
    const kinds = ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EventDispatch'];
    if (!kinds.includes(e.name) && !['MajorGC', 'MinorGC', 'v8.parseOnBackground', 'RunTask'].includes(e.name))
      continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return byName;
}

/** Self and total (inclusive) time by function name over all samples, both in ms. */
function byFunction(cpuProfile) {
  const nodes = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const name = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}`;
  const self = new Map();
  const total = new Map();
  cpuProfile.samples.forEach((id, index) => {
    const ms = (cpuProfile.timeDeltas[index + 1] ?? 0) / 1000;
    const leaf = nodes.get(id);
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const key = name(nodes.get(at));
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
      seen.add(key);
    }
  });
  return { self, total };
}

async function searchOnce(browser, page, word) {
  await page.evaluate(() => {
    window.__search.events.length = 0;
  });
  const box = page.getByRole('searchbox', { name: 'Search accounts' });
  await page.evaluate((w) => {
    window.__search.target = w;
    window.__search.done = false;
  }, word);
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await box.pressSequentially(word, { delay: 0 });
  await page.waitForFunction(() => window.__search.done, null, { timeout: 30_000, polling: 50 });
  const events = await page.evaluate(() => window.__search.events);
  const work = trace ? mainThreadWork(JSON.parse((await browser.stopTracing()).toString())) : null;
  if (cdp) {
    const { self, total } = byFunction((await cdp.send('Profiler.stop')).profile);
    const top = (map, count) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([fn, ms]) => `${ms.toFixed(1).padStart(6)}  ${fn}`);
    const components = new Map([...total].filter(([fn]) => /^[A-Z][A-Za-z]+ /.test(fn)));
    console.log(
      `  ${word}: self\n    ${top(self, 25).join('\n    ')}\n  total\n    ${top(total, 40).join('\n    ')}\n  components (total)\n    ${top(components, 30).join('\n    ')}`,
    );
    await cdp.detach();
  }
  await box.fill('');
  await page.waitForURL((url) => !url.searchParams.has('q'), { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('.board[aria-busy=true]') === null);
  await page.waitForTimeout(400);
  return { events, work };
}

/** Each step's time from the last keystroke (the last input event). */
function steps(events) {
  const inputs = events.filter(([name]) => name === 'input');
  const key = inputs.at(-1)[1];
  const after = (name) => events.find(([n, at]) => n === name && at >= key - 0.01)?.[1];
  const last = (name) => events.findLast(([n]) => n === name)?.[1];
  const drawn = after('board drawn');
  const commits = events.filter(([n, at]) => n === 'react commit' && at >= key && at <= drawn).length;
  const fetches = events.filter(([n]) => n === 'fetch').length;
  const aborted = events.filter(([n]) => n === 'fetch aborted').length;
  const rel = (at) => (at === undefined ? undefined : at - key);
  return {
    'pause over': rel(after('pause over')),
    'url changed': rel(events.find(([n, at]) => (n === 'url pushed' || n === 'url replaced') && at >= key)?.[1]),
    fetch: rel(last('fetch')),
    'sw → page': rel(last('sw → page')),
    'page → worker': rel(last('page → worker')),
    'worker → page': rel(last('worker → page')),
    'page → sw': rel(last('page → sw')),
    'fetch resolved': rel(last('fetch resolved')),
    'json read': rel(last('json read')),
    'board drawn': rel(drawn),
    'next frame': rel(after('next frame')),
    'react commits (last key → drawn)': commits,
    'fetches (of them aborted)': fetches + aborted / 100,
    'keys typed over (first input → last)': key - inputs[0][1],
  };
}

async function measure(browser, base, round) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`${base}/expired?view=cards&demoAccounts=50000`);
  await page.locator('[data-testid=account-card]').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1_500);
  const results = [];
  const work = [];
  for (const word of words) {
    if (trace)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
    const { events, work: inTrace } = await searchOnce(browser, page, word);
    if (inTrace) work.push(inTrace);
    results.push(steps(events));
    if (showEvents && round === 0) {
      const key = events.filter(([n]) => n === 'input').at(-1)[1];
      for (const [name, at, detail] of events)
        console.log(`    ${(at - key).toFixed(1).padStart(7)}  ${name} ${detail ?? ''}`);
    }
  }
  await context.close();
  return { results, work };
}

const servers = await Promise.all(
  dists.map((outDir) => preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' })),
);
const browser = await launchChromium();
const collected = dists.map(() => ({ results: [], work: [] }));
const loads = [os.loadavg()[0]];
try {
  for (let round = 0; round < rounds; round += 1)
    for (const [index] of dists.entries()) {
      const { results, work } = await measure(browser, servers[index].resolvedUrls.local[0].replace(/\/$/, ''), round);
      collected[index].results.push(...results);
      collected[index].work.push(...work);
      loads.push(os.loadavg()[0]);
    }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.httpServer.close()));
}

console.log(
  `Medians of ${rounds} loads × ${words.length} searches, ms from the last keystroke; load average ${loads.map((l) => l.toFixed(1)).join(' → ')}\n`,
);
console.log(`| step | ${dists.join(' | ')} |`);
console.log(`|---|${dists.map(() => '---').join('|')}|`);
for (const name of Object.keys(collected[0].results[0]))
  console.log(
    `| ${name} | ${collected.map(({ results }) => median(results.map((r) => r[name]))?.toFixed(1) ?? '').join(' | ')} |`,
  );
if (trace) {
  console.log('\nMain thread per search (trace, ms, medians):');
  const kinds = [...new Set(collected.flatMap(({ work }) => work.flatMap((w) => [...w.keys()])))];
  for (const kind of kinds)
    console.log(
      `| ${kind} | ${collected.map(({ work }) => median(work.map((w) => w.get(kind) ?? 0))?.toFixed(1)).join(' | ')} |`,
    );
}
