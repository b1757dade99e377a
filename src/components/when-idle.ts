/**
 * Runs `work` once the browser is idle (at the latest after `timeout` ms), or after a short pause where there is
 * no requestIdleCallback (Safari, jsdom). Returns what cancels it.
 */
export function whenIdle(work: () => void, timeout = 2_000): () => void {
  if (typeof globalThis.requestIdleCallback === 'function' && typeof globalThis.cancelIdleCallback === 'function') {
    // The cancel of the same API that scheduled it, even if the page's globals change meanwhile (tests stub them).
    const cancel = globalThis.cancelIdleCallback;
    const handle = globalThis.requestIdleCallback(work, { timeout });
    return () => cancel.call(globalThis, handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
