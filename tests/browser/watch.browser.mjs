// Watch in the built demo: the Needs attention strip leads to the filtered board, the alerts panel counts unread
// and marks read on open (kept across a reload), and Activity filters into the URL and exports a CSV.
// Screenshots of the Dashboard with the strip and the open panel, and of Activity, at 1440 and 390 px, light and dark.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './support.mjs';

export const name = 'Needs attention, alerts and Activity filters, both themes';

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const bootTimeout = 30_000;

export default async function watch({ page, baseUrl }) {
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  const strip = page.getByRole('region', { name: 'Needs attention' });

  await page.goto(`${baseUrl}/paid?demoSeed=11`);
  await heading('Paid Subscriptions').waitFor({ timeout: bootTimeout });
  const soon = strip.getByRole('link', { name: /within 3 days$/ }).first();
  await eventually(async () => assert.match(await soon.innerText(), /^\d/));
  await soon.click();
  await heading('Active Trials').waitFor();
  await eventually(() => assert.ok(page.url().includes('endsWithin=3'), `URL ${page.url()} has endsWithin=3`));

  // Alerts: the digest turned on, the unread count in the button's name, read on open, still read after a reload.
  const alerts = page.getByRole('button', { name: /^Alerts/ });
  await alerts.click();
  const panel = page.getByRole('region', { name: 'Alerts' });
  await panel.getByRole('checkbox', { name: 'Show me what is due each day' }).check();
  await panel.getByRole('listitem').first().waitFor();
  await alerts.click();
  await eventually(async () => assert.match((await alerts.getAttribute('aria-label')) ?? '', /^Alerts, \d+ unread$/));
  await alerts.click();
  await eventually(async () => assert.equal(await alerts.getAttribute('aria-label'), 'Alerts'));
  await page.reload();
  await heading('Active Trials').waitFor({ timeout: bootTimeout });
  await page.waitForTimeout(500);
  assert.equal(await page.getByRole('button', { name: /^Alerts/ }).getAttribute('aria-label'), 'Alerts');

  // Two trials made paid, so Activity has charges to filter and total.
  for (let index = 0; index < 2; index += 1) {
    await page
      .locator('article[data-testid="account-card"]')
      .first()
      .getByRole('button', { name: 'Upgrade to paid' })
      .click();
    const upgrade = page.getByRole('dialog', { name: 'Upgrade to paid' });
    await upgrade.getByRole('textbox', { name: 'Seats' }).fill('20');
    await upgrade.getByRole('button', { name: 'Upgrade', exact: true }).click();
    await upgrade.waitFor({ state: 'hidden' });
  }

  // Activity: a filter into the URL, the total charged, and the CSV of the selection.
  await page.goto(`${baseUrl}/activity?demoSeed=11`);
  await heading('Activity').waitFor({ timeout: bootTimeout });
  await page.getByRole('combobox', { name: 'Action' }).selectOption('upgraded');
  await eventually(() => assert.ok(page.url().includes('action=upgraded'), `URL ${page.url()} has action=upgraded`));
  // The two upgrades just made, and the sample fleet's own past upgrades: the export holds exactly what matches.
  // Never the unfiltered count kept on screen while the filtered one loads.
  const matchedText = page.getByText(/^[\d,]+ entr(y|ies) match/);
  await matchedText.waitFor();
  const matched = Number(/^([\d,]+)/.exec(await matchedText.innerText())[1].replace(/,/g, ''));
  assert.ok(matched >= 2, `${matched} upgrades match: at least the two made here`);
  assert.doesNotMatch(await page.getByText(/Total charged in this selection/).innerText(), /\$0\.00/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
  assert.match(csv.split('\n')[0], /^At \(UTC\),Account,Organization,By,Action,What changed,Charged/);
  assert.equal(csv.trim().split('\n').length, matched + 1, 'a header and every matching upgrade');
  assert.ok(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .every((line) => line.includes(',upgraded,')),
    'every exported row is an upgrade',
  );

  await page.goto(`${baseUrl}/trials?demoSeed=11`);
  await heading('Active Trials').waitFor({ timeout: bootTimeout });
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseUrl}/trials?demoSeed=11`);
      await heading('Active Trials').waitFor({ timeout: bootTimeout });
      await eventually(async () => assert.match(await strip.getByRole('link').first().innerText(), /^\d/));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, `watch-${theme}-${width}-dashboard.png`) });
      await page.getByRole('button', { name: /^Alerts/ }).click();
      await page.getByRole('region', { name: 'Alerts' }).getByRole('listitem').first().waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(artifacts, `watch-${theme}-${width}-alerts.png`) });
      await page.keyboard.press('Escape');
      await page.goto(`${baseUrl}/activity?demoSeed=11&action=upgraded`);
      await heading('Activity').waitFor({ timeout: bootTimeout });
      await page.getByText(/Total charged in this selection/).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, `watch-${theme}-${width}-activity.png`) });
    }
  }
}
