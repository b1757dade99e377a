// The console on a phone (390 × 844): a compact header that keeps the billed figures and Add Customer in sight,
// every board in the navigation, no screen wider than the phone (the list stacks its rows), and dialogs above
// the sticky header. Then the same pages on a wide screen, which must not overflow either.
import assert from 'node:assert/strict';
import { eventually } from './support.mjs';

export const name = 'phone layout: compact header, navigation that fits, no sideways scrolling, dialogs on top';

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectInView(page, locator, what) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  assert.ok(box, `${what} is not drawn`);
  assert.ok(
    box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= height,
    `${what} at ${JSON.stringify(box)}`,
  );
}

/** What is drawn at the middle of the sticky header, while a dialog is open, is the dialog or its overlay. */
async function expectDialogAboveHeader(page, what) {
  await page.waitForTimeout(200);
  const onTop = await page.evaluate(() => {
    const header = document.querySelector('.topbar').getBoundingClientRect();
    const element = document.elementFromPoint(header.left + header.width / 2, header.top + header.height / 2);
    return Boolean(element?.closest('.dialog-overlay, .dialog'));
  });
  assert.ok(onTop, `${what}: the header is drawn over the dialog's overlay`);
}

export default async function phoneLayout({ page, baseUrl }) {
  await page.setViewportSize({ width: 390, height: 844 });
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  await page.goto(`${baseUrl}/paid?view=list&demoSeed=21`);
  await heading('Paid Subscriptions').waitFor({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Paid Subscriptions' });
  await table.getByRole('button').first().waitFor();

  // The header: the logo named, the billed figures and Add Customer in sight, in a fifth of the screen at most.
  await expectInView(page, page.getByRole('link', { name: 'MSP Command Center' }), 'the logo link');
  await expectInView(page, page.getByTestId('active-users-total'), 'Active Users');
  await expectInView(page, page.getByTestId('next-invoice-total'), 'Next invoice');
  await expectInView(page, page.getByRole('button', { name: 'Add Customer' }), 'Add Customer');
  await expectInView(page, page.getByRole('region', { name: 'Demo controls' }), 'the demo controls');
  const header = await page.locator('.topbar').boundingBox();
  assert.ok(header.height <= 844 / 5, `the header is ${header.height} px high`);
  const demo = await page.getByRole('region', { name: 'Demo controls' }).boundingBox();
  // Two short lines at most: the clock and Reset, then View as.
  assert.ok(demo.height <= 80, `the demo controls are ${demo.height} px high`);

  // Every board's link is on screen, none scrolled out of sight.
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  for (const board of ['Paid Subscriptions', 'Active Trials', 'Expired Trials'])
    await expectInView(page, nav.getByRole('link', { name: new RegExp(`^${board}`) }), `the ${board} link`);

  // The list stacks its rows: nothing wider than the phone, on any board, in either view.
  for (const [path, title] of [
    ['/paid', 'Paid Subscriptions'],
    ['/trials', 'Active Trials'],
    ['/expired', 'Expired Trials'],
  ]) {
    for (const view of ['cards', 'list']) {
      await page.goto(`${baseUrl}${path}?view=${view}`);
      await heading(title).waitFor();
      await (view === 'list' ? page.getByRole('table') : page.getByTestId('account-card').first()).waitFor();
      assert.equal(await overflow(page), 0, `${title} ${view} scrolls sideways`);
    }
  }
  const row = page.getByRole('table').getByRole('row').nth(1);
  const rowBox = await row.boundingBox();
  assert.ok(rowBox.width <= 390, `a row is ${rowBox.width} px wide`);

  // A dialog from a row's menu, and Add Customer, cover the sticky header.
  await page
    .getByRole('table')
    .getByRole('button', { name: /^Actions for / })
    .first()
    .click();
  await page.getByRole('menu').getByRole('menuitem').first().click();
  await page.getByRole('dialog').waitFor();
  await expectDialogAboveHeader(page, 'a row action');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Add Customer' }).click();
  await page.getByRole('dialog', { name: 'Add Customer' }).waitFor();
  await expectDialogAboveHeader(page, 'Add Customer');
  await page.keyboard.press('Escape');

  for (const [path, title] of [
    ['/removed', 'Removed and cancelled'],
    ['/activity', 'Activity'],
    ['/insights', 'Insights'],
  ]) {
    await page.goto(`${baseUrl}${path}`);
    await heading(title).waitFor();
    if (path === '/insights') await page.locator('.recharts-wrapper').first().waitFor();
    await eventually(async () => assert.equal(await overflow(page), 0, `${title} scrolls sideways`));
  }
  await page.goto(`${baseUrl}/trials?view=cards`);
  await page.getByTestId('account-card').first().getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
  assert.equal(await overflow(page), 0, 'the account page scrolls sideways');

  // A 50,000-account fleet's five-digit board counts stay inside their links' padding, under the names if need be.
  await page.goto(`${baseUrl}/paid?demoAccounts=50000`);
  await heading('Paid Subscriptions').waitFor({ timeout: 30_000 });
  const links = nav.getByRole('link');
  await eventually(async () => assert.match(await links.first().textContent(), /\d{2},\d{3}/));
  for (const link of await links.all()) {
    const spill = await link.evaluate((element) => {
      const inside = element.getBoundingClientRect().right - parseFloat(getComputedStyle(element).paddingRight);
      return Math.max(0, ...[...element.children].map((child) => child.getBoundingClientRect().right - inside));
    });
    assert.ok(spill <= 0.5, `"${await link.textContent()}" runs ${spill} px out of its link's content`);
  }

  // A wide screen: the list's columns fit without scrolling either.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${baseUrl}/paid?view=list`);
  await page.getByRole('table').getByRole('button').first().waitFor();
  assert.equal(await overflow(page), 0, 'the Paid list scrolls sideways at 1440 px');
}
