// Issue 9: the demo's API Worker has a fleet of up to 50,000 accounts to grow before it can answer, so it is started
// first. index.html lists this module before the app (src/main.tsx): it runs before the app's own modules are
// evaluated, and the Worker's chunk loads and grows the fleet meanwhile. Its page end (mocks/demo-connection.ts,
// which reads the demo's settings and saved state and sends them) comes in a chunk of its own right after; the
// Worker waits for that first message. src/main.tsx waits for the same connection before it starts MSW.
import type { DemoConnection } from '../mocks/demo-connection';
import { config } from './api/config';

let started: Promise<DemoConnection> | null = null;

/** The page's connection to the demo API's Worker, started once; null in live mode, which has no Worker. */
export function demoConnection(): Promise<DemoConnection> | null {
  if (!config.demoMode) return null;
  if (!started) {
    // A Worker entry, not an import: its code is a chunk of its own, loaded only here, only in demo mode.
    const worker = new Worker(new URL('../mocks/demo-worker.ts', import.meta.url), {
      type: 'module',
      name: 'demo-api',
    });
    // User Timing for scripts/trace-demo-load.ts, which lines the page's phases up with the Worker's.
    performance.mark('demo:worker-created');
    started = import('../mocks/demo-connection').then((demo) => demo.openDemoConnection(worker));
  }
  return started;
}

// A top-level await: the rest of the page's first chunk (React, the router, the app, about 100 ms to evaluate) runs
// only once the Worker has been sent its start message. Evaluated in the same task as this module, that work would
// keep the Worker's script and the connection's chunk from even being fetched until it ended, and the fleet from
// growing meanwhile. The page itself then waits only the connection chunk's fetch (1 KiB); in live mode nothing.
await demoConnection()?.catch((error: unknown) => console.error('The demo could not start:', error));
