// Helpers for *.browser.mjs files. playwright-core has no auto-retrying expect, so assertions that
// depend on rendering are retried here until they hold or the time is up.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository, where server/ and the built console (BROWSER_DIST_DIR, default dist/) are. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.resolve(rootDir, process.env.BROWSER_DIST_DIR ?? 'dist');

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

/**
 * The live server (server/main.ts, as `npm start` runs it) on a PGlite in `dataDir`, serving the built
 * console with its live config, on a free loopback port. Never DATABASE_URL nor SAMPLE_DATA from the
 * caller's environment: a live test starts from what it made itself. `url` resolves once the server
 * listens (and rejects if it exits first); `log` is what it has printed so far.
 */
export function startLiveServer(dataDir) {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DIST_DIR: distDir };
  delete env.DATABASE_URL;
  delete env.SAMPLE_DATA;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: rootDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const collect = (chunk) => {
      output += chunk.toString();
      const match = /at (http:\/\/\S+),/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`the live server exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url, stop, log: () => output };
}

/** Fills the sign-in page's form and submits it; the caller waits for where that should lead. */
export async function signIn(page, { email, password }) {
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
