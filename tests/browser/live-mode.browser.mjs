// The built app in live mode: the real server (server/main.ts) on PGlite, with a staff user made
// by the create-staff command. This test starts and stops that server itself, so it ignores the
// runner's static server (baseUrl): the console must come from the server that injects its config.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, rootDir, signIn, startLiveServer } from './support.mjs';

export const name = 'live mode: sign in, add a customer, reload, still there, session ended, back again, sign out';

const staff = { msp: 'Browser Test MSP', email: 'browser.staff@live-test.example', password: 'live-mode-password-1' };

export default async function liveMode({ page, screenshot }) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-live-browser-'));
  let server;
  try {
    const created = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/create-staff.ts', '--msp', staff.msp, '--email', staff.email],
      {
        cwd: rootDir,
        env: { ...process.env, DATA_DIR: dataDir, STAFF_PASSWORD: staff.password, DATABASE_URL: '' },
        encoding: 'utf8',
      },
    );
    assert.equal(created.status, 0, `create-staff failed:\n${created.stdout}${created.stderr}`);

    server = startLiveServer(dataDir);
    const baseUrl = await server.url;
    const email = `live-${Date.now()}@example.com`;
    const organization = 'Live Mode Widgets Ltd';

    // Signed out: any page opens the sign-in page, which remembers where we were going.
    await page.goto(`${baseUrl}/trials`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 30_000 });
    assert.match(page.url(), /\/sign-in\?redirect=%2Ftrials/);
    await signIn(page, { email: staff.email, password: 'not the password' });
    await page.getByRole('alert').getByText('Email or password is incorrect').waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Email address' }).inputValue(), staff.email);
    await page.getByLabel('Password').fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Active Trials' }).waitFor();
    await page.getByText(staff.email).waitFor();

    const dialog = page.getByRole('dialog', { name: 'Add Customer' });
    await page.getByRole('button', { name: 'Add Customer', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Email address' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Organization name' }).fill(organization);
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Add Customer opens the new account and says what it did.
    await page.getByRole('heading', { level: 1, name: organization }).waitFor();
    await page.getByRole('status').getByText(`${organization} added as a trial ending`).waitFor();
    await screenshot('added');

    // Reload: the account is in the database, and the session cookie keeps us signed in.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: organization }).waitFor();
    await page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: /^Active Trials/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Active Trials' }).waitFor();
    await page.getByRole('article', { name: organization }).waitFor();

    // No mock code in live mode: the demo badge and the demo worker stay away.
    assert.equal(await page.getByText('Demo', { exact: true }).count(), 0);
    assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);

    // The session ends on the server (as when it expires): the next request brings the sign-in
    // page, and signing in again comes back to the page that was asked for.
    const [sessionCookie] = await page.context().cookies(baseUrl);
    assert.equal(sessionCookie?.name, 'mcc_session');
    assert.equal(sessionCookie.httpOnly, true);
    const ended = await fetch(`${baseUrl}/api/v1/session`, {
      method: 'DELETE',
      headers: { Cookie: `${sessionCookie.name}=${sessionCookie.value}` },
    });
    assert.equal(ended.status, 204);
    await page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: /^Expired Trials/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    assert.match(page.url(), /\/sign-in\?redirect=%2Fexpired/);
    await signIn(page, staff);
    await page.getByRole('heading', { level: 1, name: 'Expired Trials' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(`${baseUrl}/trials`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await eventually(() => assert.match(page.url(), /\/sign-in/));
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
