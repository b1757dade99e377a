/**
 * How the demo's API behaves on a large fleet: the in-memory store the
 * browser runs, at the demo's largest size. Prints the median and p99 of
 * each request kind; a figure to compare between commits, not a test.
 *
 *   npm run bench:demo            (50,000 accounts)
 *   npm run bench:demo -- 10000
 */
import { performance } from 'node:perf_hooks';
import { createDemoApi } from '../mocks/demo-api';

const size = Number(process.argv[2] ?? 50_000);
const rounds = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, run: (index: number) => Response | Promise<Response>): Promise<void> {
  const times: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    const start = performance.now();
    const response = await run(index);
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(7)} ms`,
  );
}

const started = performance.now();
const { app } = createDemoApi({ settings: { seed: 42, accounts: size }, clock: () => new Date(), storage: null });
console.log(
  `Demo fleet of ${size.toLocaleString('en-US')} accounts grown in ${(performance.now() - started).toFixed(0)} ms\n`,
);

const first = (await (await app.request('/api/v1/accounts?status=expired&limit=60')).json()) as { nextCursor: string };
await measure('GET board, first page (60)', () => app.request('/api/v1/accounts?status=paid&limit=60'));
await measure('GET board, second page by cursor', () =>
  app.request(`/api/v1/accounts?status=expired&limit=60&cursor=${first.nextCursor}`),
);
await measure('GET summary', () => app.request('/api/v1/summary'));
await measure('POST account', (index) =>
  app.request('/api/v1/accounts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `bench${index}@bench.example`, organizationName: `Bench ${index}` }),
  }),
);

// Activity's first page with its totals (count and amount charged over the whole fleet's past), cold: the sample
// pasts are not written until a page needs them, and the totals count the rest in short. Then a filter change.
for (const [label, query] of [
  ['GET Activity, first page + totals', ''],
  ['GET Activity, renewals only', '&action=renewed'],
  ['GET Activity, last 30 days', `&from=${new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)}`],
] as const) {
  const start = performance.now();
  const response = await app.request(`/api/v1/activity?limit=50${query}`);
  const body = (await response.json()) as { total: number; items: unknown[] };
  console.log(
    `${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(7)} ms   (${body.items.length} of ${body.total.toLocaleString('en-US')} entries)`,
  );
}
