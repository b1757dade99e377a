// Demo mode through each role's eyes: the View as switch in the demo controls changes whom the demo
// signs in as (per tab), and the console follows: a technician sees only the accounts assigned to them
// and no lifecycle or billing, Sales no Next invoice. Screens at 390 and 1440 px, light and dark.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './support.mjs';

export const name = 'roles: View as Admin, Sales and Technician';

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const bootTimeout = 30_000;

export default async function roles({ page, baseUrl }) {
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  const viewAs = page.getByRole('group', { name: 'View as' });
  // The list draws only the rows on screen: how many accounts it holds is its aria-rowcount (header and footer too).
  const rows = page.getByRole('table').locator('[role="row"][data-index]');
  const rowCount = async () => Number(await page.getByRole('table').getAttribute('aria-rowcount'));

  await page.goto(`${baseUrl}/paid?view=list&demoSeed=11`);
  await heading('Paid Subscriptions').waitFor({ timeout: bootTimeout });
  await page.getByTestId('next-invoice-total').waitFor();
  await rows.first().waitFor();
  const adminRows = await rowCount();

  await viewAs.getByRole('radio', { name: 'Technician' }).click();
  await page.getByTestId('scope-note').waitFor();
  await eventually(async () => assert.ok((await rowCount()) < adminRows, 'a technician sees fewer paid accounts'));
  assert.equal(await page.getByTestId('next-invoice-total').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Change seats' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /add customer/i }).count(), 0);

  // The choice is kept for this tab across a reload.
  await page.reload();
  await heading('Paid Subscriptions').waitFor({ timeout: bootTimeout });
  await page.getByTestId('scope-note').waitFor();
  assert.ok(await viewAs.getByRole('radio', { name: 'Technician' }).isChecked());

  const shoot = async (theme, screen) => {
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(250);
      await page.screenshot({ path: path.join(artifacts, `roles-${theme}-${screen}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  };

  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await viewAs.getByRole('radio', { name: 'Technician' }).click();
    await page.getByTestId('scope-note').waitFor();
    await shoot(theme, 'technician-paid');

    await viewAs.getByRole('radio', { name: 'Sales' }).click();
    await eventually(async () =>
      assert.match(await page.getByTestId('scope-note').innerText(), /Trials and accounts you converted/),
    );
    await shoot(theme, 'sales-paid');

    await viewAs.getByRole('radio', { name: 'Admin' }).click();
    await page.getByTestId('next-invoice-total').waitFor();
    await rows.first().locator('a').first().click();
    await page.locator('.account-page').waitFor();
    await page.getByRole('region', { name: 'Assigned staff' }).waitFor();
    await page.getByLabel('Assign to', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Assigned staff' }).scrollIntoViewIfNeeded();
    await shoot(theme, 'admin-account');
    await page.goBack();
    await heading('Paid Subscriptions').waitFor();
  }
}
