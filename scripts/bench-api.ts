// npm run bench:api: the live server under load at fleet scale, on loopback only.
// Seeds 100,000 accounts over 20 MSPs into a temporary PGlite (or a temporary schema of
// DATABASE_URL), starts the server exactly as `npm start` does (API only), and drives it with
// autocannon for a few seconds per scenario. Prints requests/s and p50/p99 latency.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import type { DatabaseLocation } from '../server/sql/database';
import { BENCH_PASSWORD, seed } from './bench-fleet';
import { temporaryDatabase } from './temporary-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARM_UP_SECONDS = 1;

function startServer(location: DatabaseLocation): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: '' };
  if (location.kind === 'pglite') {
    env.DATA_DIR = location.dataDir;
    delete env.DATABASE_URL;
  } else env.DATABASE_URL = location.url;
  // BENCH_PROFILE=<dir>: the server writes a CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/\S+),/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'staff@bench-msp-1.example', password: BENCH_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`Sign-in failed with ${response.status}`);
  return cookie;
}

interface Row {
  scenario: string;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'non-2xx': number;
  errors: number;
}

/** One scenario's line of the table, from what autocannon measured. */
function rowOf(scenario: string, result: autocannon.Result): Row {
  return {
    scenario,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

async function drive(scenario: string, options: autocannon.Options): Promise<Row> {
  // Each read warmed on its own URL first (its code paths compiled, its pages in the database's cache), so no
  // scenario's p99 holds its own cold start; a write is not, or the warm-up would add to what it measures.
  if (!options.method || options.method === 'GET')
    await autocannon({ connections: CONNECTIONS, duration: WARM_UP_SECONDS, ...options });
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return rowOf(scenario, result);
}

/** Issue 7's finding at 100,000 accounts: a search, and filters, each on a board's first page. */
async function findScenarios(url: string, headers: Record<string, string>): Promise<Row[]> {
  return [
    await drive('GET board, search (paid, q=dental)', {
      url: `${url}/api/v1/accounts?status=paid&limit=60&q=dental`,
      headers,
    }),
    await drive('GET board, filter (paid, over seats)', {
      url: `${url}/api/v1/accounts?status=paid&limit=60&overSeats=true`,
      headers,
    }),
    await drive('GET board, filter (trials ending within 7 days)', {
      url: `${url}/api/v1/accounts?status=trial&limit=60&endsWithin=7`,
      headers,
    }),
  ];
}

/**
 * A board page read while another connection adds customers, flat out and then at 10 a second: on PGlite every
 * write empties the read cache (server/store/cached-account-store.ts), so these say what the cache buys under
 * writes, where the read-only scenarios above say what it buys without them. The writes' own rate is the second row.
 */
async function mixedScenarios(url: string, headers: Record<string, string>, runId: string): Promise<Row[]> {
  let sequence = 0;
  const writer = (overallRate?: number): autocannon.Options => ({
    url: `${url}/api/v1/accounts`,
    method: 'POST',
    connections: 1,
    duration: SECONDS,
    ...(overallRate ? { overallRate } : {}),
    headers: { ...headers, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          sequence += 1;
          const body = { email: `mixed.${runId}.${sequence}@load.example`, organizationName: `Mixed ${sequence}` };
          return { ...request, body: JSON.stringify(body) };
        },
      },
    ],
  });
  const rows: Row[] = [];
  for (const [name, rate] of [
    ['flat out', undefined],
    ['10/s', 10],
  ] as const) {
    const board = { url: `${url}/api/v1/accounts?status=paid&limit=60`, headers };
    await autocannon({ connections: CONNECTIONS, duration: WARM_UP_SECONDS, ...board });
    const [read, written] = await Promise.all([
      autocannon({ connections: CONNECTIONS, duration: SECONDS, ...board }),
      autocannon(writer(rate)),
    ]);
    for (const [scenario, result] of [
      [`GET board (paid, 60) while POSTs run ${name}`, read],
      [`  the POSTs alongside (${name})`, written],
    ] as const)
      rows.push(rowOf(scenario, result));
  }
  return rows;
}

/**
 * Bulk extend of 1,000 trials as the console runs it: POST /accounts/bulk over "all matching" Active Trials, one
 * chunk of 100 after another by cursor, each account its own transaction. Prints the whole run and each chunk.
 */
async function benchBulkExtend(url: string, headers: Record<string, string>): Promise<void> {
  const chunks: number[] = [];
  let [succeeded, refused] = [0, 0];
  let cursor: string | null = null;
  const started = performance.now();
  while (succeeded + refused < 1_000) {
    const chunkStarted = performance.now();
    const response = await fetch(`${url}/api/v1/accounts/bulk`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'extendTrial',
        days: 7,
        matching: { status: 'trial' },
        ...(cursor ? { cursor } : {}),
      }),
    });
    if (!response.ok) throw new Error(`Bulk extend answered ${response.status}: ${await response.text()}`);
    const outcome = (await response.json()) as { succeeded: unknown[]; refused: unknown[]; nextCursor: string | null };
    chunks.push(performance.now() - chunkStarted);
    succeeded += outcome.succeeded.length;
    refused += outcome.refused.length;
    if (!outcome.nextCursor) break;
    cursor = outcome.nextCursor;
  }
  const total = performance.now() - started;
  const sorted = [...chunks].sort((a, b) => a - b);
  console.log(
    `\nBulk extend of ${(succeeded + refused).toLocaleString('en-US')} trials (${succeeded} extended, ${refused} refused) ` +
      `in ${chunks.length} chunks: ${(total / 1000).toFixed(2)} s in all; per chunk of 100 p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, ` +
      `max ${sorted.at(-1)!.toFixed(0)} ms`,
  );
}

async function main() {
  const database = await temporaryDatabase('mcc_bench');
  let server: ChildProcess | null = null;
  try {
    await seed(database.location);
    const started = await startServer(database.location);
    server = started.child;
    const { url } = started;
    const cookie = await signIn(url);
    const headers = { cookie };

    // A page deep into the board: follow the cursor ten pages in.
    let cursor = '';
    for (let page = 0; page < 10; page += 1) {
      const response = await fetch(`${url}/api/v1/accounts?status=paid&limit=60${cursor ? `&cursor=${cursor}` : ''}`, {
        headers,
      });
      const body = (await response.json()) as { nextCursor: string | null };
      cursor = body.nextCursor ?? cursor;
    }

    // Warm up (JIT, connection pool, caches) so the first scenario is not measured cold.
    await autocannon({
      url: `${url}/api/v1/accounts?status=paid&limit=60`,
      headers,
      connections: CONNECTIONS,
      duration: 2,
    });
    console.log(
      `Driving ${url} with ${CONNECTIONS} connections, ${SECONDS} s per scenario (each read after ${WARM_UP_SECONDS} s of warm-up on its own URL); load average ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
    const rows: Row[] = [];
    rows.push(
      await drive('GET board, first page (paid, 60)', { url: `${url}/api/v1/accounts?status=paid&limit=60`, headers }),
    );
    rows.push(
      await drive('GET board, page 11 by cursor', {
        url: `${url}/api/v1/accounts?status=paid&limit=60&cursor=${cursor}`,
        headers,
      }),
    );
    rows.push(await drive('GET summary', { url: `${url}/api/v1/summary`, headers }));
    rows.push(...(await findScenarios(url, headers)));
    let sequence = 0;
    const runId = Date.now().toString(36);
    rows.push(
      await drive('POST account (unique emails)', {
        url: `${url}/api/v1/accounts`,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request) => {
              sequence += 1;
              return {
                ...request,
                body: JSON.stringify({
                  email: `bench.${runId}.${sequence}@load.example`,
                  organizationName: `Load ${sequence}`,
                }),
              };
            },
          },
        ],
      }),
    );
    rows.push(...(await mixedScenarios(url, headers, runId)));
    console.table(rows);
    await benchBulkExtend(url, headers);
    console.log(`Load average at the end: ${os.loadavg()[0]!.toFixed(1)}`);
    if (rows.some((row) => row['non-2xx'] > 0 || row.errors > 0)) process.exitCode = 1;
  } finally {
    if (server) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await database.dispose();
  }
}

await main();
