// Helpers for *.browser.mjs files. playwright-core has no auto-retrying expect, so assertions that
// depend on rendering are retried here until they hold or the time is up.
import assert from 'node:assert/strict';

/** A whole number formatted with en-US grouping: 7, 1,204, 12,000,345. */
export const formattedCount = /^\d{1,3}(,\d{3})*$/;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `check` (which throws, e.g. with assert) until it passes; rethrows its last error on timeout. */
export async function eventually(check, { timeout = 10_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await pause(interval);
    }
  }
}

/** Asserts that `check` keeps passing for `duration` ms (a value that must not change after a refetch). */
export async function consistently(check, { duration = 1_500, interval = 150 } = {}) {
  const deadline = Date.now() + duration;
  do {
    await check();
    await pause(interval);
  } while (Date.now() < deadline);
}

/** The trimmed visible text of a locator. */
export async function textOf(locator) {
  return (await locator.innerText()).trim();
}

/** Waits until the locator's aria-pressed is `expected`. */
export async function expectPressed(locator, expected = 'true') {
  await eventually(async () => assert.equal(await locator.getAttribute('aria-pressed'), expected));
}

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
