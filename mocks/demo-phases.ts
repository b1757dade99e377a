/**
 * The demo's start-up phases as User Timing measures (`demo:<phase>`), in the Worker and on the page, so a trace
 * or `scripts/trace-demo-load.ts` can say where the 50,000-account demo's first answer waits (issue 9). A measure
 * costs microseconds; where User Timing is missing (an old test runner) the work simply runs.
 */
export function phase<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(name, start);
  }
}

/** A measure from `start` (performance.now()) to now. */
export function measure(name: string, start: number): void {
  if (typeof performance.measure === 'function') performance.measure(`demo:${name}`, { start, end: performance.now() });
}

/** A point in time: when something happened, not how long it took. */
export function mark(name: string): void {
  if (typeof performance.mark === 'function') performance.mark(`demo:${name}`);
}
