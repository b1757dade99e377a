// Finding and acting on many accounts in the built demo: a search and a filter kept in the URL, the shared URL
// opened in a new page showing the same accounts, several trials extended at once with the outcome shown, and
// Insights opened. Screenshots of the bulk bar and the outcome at 1440 and 390 px, light and dark.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, textOf } from './support.mjs';

export const name = 'Find and act in bulk: search, filter, shared URL, bulk extend, Insights';

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const bootTimeout = 30_000;
const fleet = 'demoAccounts=400&demoSeed=11';

const cardNames = (page) =>
  page
    .locator('[data-testid="account-card"] .account-card__name')
    .evaluateAll((names) => names.map((n) => n.textContent.trim()));

export default async function findAndBulk({ page, baseUrl }) {
  const heading = (p, text) => p.getByRole('heading', { level: 1, name: text, exact: true });
  await page.goto(`${baseUrl}/trials?view=cards&${fleet}`);
  await heading(page, 'Active Trials').waitFor({ timeout: bootTimeout });
  await page.getByTestId('account-card').first().waitFor();

  // A filter, then a word from the first card it leaves: both land in the URL.
  await page.getByLabel('Trial end').selectOption({ label: 'Ending within 14 days' });
  await eventually(() => assert.match(page.url(), /endsWithin=14/));
  await eventually(async () => assert.match(await textOf(page.getByTestId('board-count')), / of /));
  const word = (await cardNames(page))[0].split(' ')[0];
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(word);
  await eventually(() => assert.ok(new URL(page.url()).searchParams.get('q') === word, `q=${word} in ${page.url()}`));
  await eventually(async () => {
    const names = await cardNames(page);
    assert.ok(names.length > 0 && names.every((n) => n.toLowerCase().includes(word.toLowerCase())), names.join('; '));
  });
  const found = await cardNames(page);
  const count = await textOf(page.getByTestId('board-count'));

  // The shared URL, opened in a new page, shows the same accounts and figures.
  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await heading(shared, 'Active Trials').waitFor({ timeout: bootTimeout });
  await eventually(async () => assert.deepEqual(await cardNames(shared), found));
  assert.equal(await textOf(shared.getByTestId('board-count')), count);
  assert.equal(await shared.getByRole('searchbox', { name: 'Search accounts' }).inputValue(), word);
  await shared.close();

  // Back to the whole board; select four trials and extend them by 30 days.
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await eventually(() => assert.ok(!page.url().includes('q='), page.url()));
  await eventually(async () => assert.doesNotMatch(await textOf(page.getByTestId('board-count')), / of /));
  const boxes = page.getByRole('checkbox', { name: /^Select / });
  await eventually(async () => assert.ok((await boxes.count()) >= 4));
  for (let index = 0; index < 4; index += 1) {
    const box = boxes.nth(index);
    await box.check();
  }
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await eventually(async () => assert.match(await textOf(bar), /4 selected/));
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      // At 390 px the bar is below the search and filters: the whole page, clipped to its first screens.
      await page.screenshot({
        path: path.join(artifacts, `find-and-bulk-selected-${theme}-${width}.png`),
        ...(width === 390 ? { clip: { x: 0, y: 0, width, height: 2000 }, fullPage: true } : {}),
      });
    }
  }
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await page.setViewportSize({ width: 1440, height: 900 });

  await bar.getByRole('button', { name: 'Extend trials…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Extend 4 trials' });
  await dialog.getByRole('radio', { name: '30 days' }).check();
  await dialog.getByRole('button', { name: 'Extend 4' }).click();
  await eventually(async () => assert.match(await textOf(dialog.getByRole('status')), /^4 of 4$/));
  const summary = await textOf(dialog.locator('.bulk-outcome__summary'));
  const match = /^(\d+) accounts? extended(?:; (\d+) refused)?\.$/.exec(summary);
  assert.ok(match, `the outcome says what was done: ${summary}`);
  const refused = Number(match[2] ?? 0);
  assert.equal(Number(match[1]) + refused, 4);
  if (refused > 0)
    assert.equal(await dialog.getByRole('list', { name: 'Refused accounts' }).getByRole('listitem').count(), refused);
  // The theme control is behind the modal dialog: the screenshots set the theme as that control does.
  for (const theme of ['light', 'dark']) {
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(artifacts, `find-and-bulk-outcome-${theme}-${width}.png`) });
    }
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await eventually(async () => assert.match(await textOf(bar), /Select accounts to act on several at once/));

  // The list view has the same checkboxes, one per row.
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('table').waitFor();
  await eventually(async () =>
    assert.equal(
      await page
        .getByRole('table')
        .getByRole('checkbox', { name: /^Select / })
        .count(),
      // Every row but the header and the total (the list is an ARIA table of virtual rows).
      (await page.getByRole('table').getByRole('row').count()) - 2,
    ),
  );
  await page
    .getByRole('table')
    .getByRole('checkbox', { name: /^Select / })
    .nth(1)
    .check();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(artifacts, `find-and-bulk-list-light-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // The history of an extended account says so.
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Activity' }).click();
  await eventually(async () => assert.match(await textOf(page.locator('main')), /Trial extended by 30 days/));

  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Insights' }).click();
  await heading(page, 'Insights').waitFor();

  // The billing reconciliation, downloaded from the Paid board: the demo's API streams it through MSW.
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: /^Paid Subscriptions/ })
    .click();
  await heading(page, 'Paid Subscriptions').waitFor();
  const paidCount = await textOf(page.getByTestId('board-count'));
  await page.getByRole('button', { name: 'Billing CSV…' }).click();
  const billing = page.getByRole('dialog', { name: 'Billing reconciliation' });
  await billing.getByLabel('Month').waitFor();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(artifacts, `find-and-bulk-billing-light-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    billing.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^billing-reconciliation-\d{4}-\d{2}\.csv$/);
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(file, 'utf8'))
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  assert.match(lines[0], /^Month,Account number,Organization,Status,Seats,Monitored users,/);
  const paidRows = lines.slice(1).filter((line) => line.split(',')[3] === 'paid').length;
  assert.equal(`${paidRows.toLocaleString('en-US')} accounts`, paidCount, 'one row per paid account');
}
