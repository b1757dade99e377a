// Insights in the built demo: its code loads only when opened, every chart draws, a tooltip shows exact
// figures, and the range switch lives in the URL. Screenshots at 1440 and 390 px in light and dark.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, textOf } from './support.mjs';

export const name = 'Insights: lazy chunk, charts, tooltip, range in the URL, both themes';

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const bootTimeout = 30_000;

export default async function insights({ page, baseUrl }) {
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  const charts = page.locator('.chart-card__chart .recharts-wrapper > svg.recharts-surface');
  const range = page.getByRole('group', { name: 'Time range' });

  await page.goto(`${baseUrl}/paid?demoAccounts=3000&demoSeed=5`);
  await heading('Paid Subscriptions').waitFor({ timeout: bootTimeout });
  assert.ok(!requested.some((url) => /insights-page-[^/]*\.js/.test(url)), 'the first board loads no Insights code');

  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Insights' }).click();
  await heading('Insights').waitFor();
  assert.ok(
    requested.some((url) => /insights-page-[^/]*\.js/.test(url)),
    'opening Insights loads its chunk',
  );
  await eventually(async () => assert.equal(await charts.count(), 5, 'five charts draw an SVG'));
  assert.equal(await range.getByRole('link', { name: '30 days' }).getAttribute('aria-current'), 'page');

  // Hovering the Active Users chart shows the day and the exact figure.
  const activeUsers = page.getByRole('region', { name: 'Active Users' });
  const box = await activeUsers.locator('.recharts-wrapper > svg.recharts-surface').boundingBox();
  assert.ok(box, 'the Active Users chart has a size');
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  const tooltip = activeUsers.locator('.recharts-tooltip-wrapper');
  await eventually(async () => assert.match(await textOf(tooltip), /Active Users : \d{1,3}(,\d{3})*/));

  // The range switch: the URL, the heading's dates and the table follow.
  await range.getByRole('link', { name: '365 days' }).click();
  await eventually(() => assert.ok(page.url().includes('range=365'), `URL ${page.url()} has range=365`));
  await activeUsers.getByText('Show Active Users as a table').click();
  await eventually(async () => assert.equal(await activeUsers.locator('tbody tr').count(), 365));
  await activeUsers.getByText('Show Active Users as a table').click();
  await eventually(async () => assert.equal(await charts.count(), 5));

  // A hand-edited range falls back to 30 days.
  await page.goto(`${baseUrl}/insights?range=12&demoAccounts=3000&demoSeed=5`);
  await heading('Insights').waitFor({ timeout: bootTimeout });
  await eventually(async () =>
    assert.equal(await range.getByRole('link', { name: '30 days' }).getAttribute('aria-current'), 'page'),
  );

  await page.goto(`${baseUrl}/insights?range=90&demoAccounts=3000&demoSeed=5`);
  await heading('Insights').waitFor({ timeout: bootTimeout });
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await eventually(async () => assert.equal(await charts.count(), 5));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, `insights-${theme}-${width}.png`), fullPage: true });
    }
  }
}
