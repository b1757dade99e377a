// The lifecycle screens in both themes, for a person to look at: the account page, its dialogs,
// Removed and cancelled, Activity, and the header with the next invoice and the demo clock.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'lifecycle screens in light and dark';

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const bootTimeout = 30_000;

export default async function lifecycleScreens({ page, baseUrl }) {
  // Viewport shots: the boards' full pages are too tall to judge a header or a dialog by.
  const shot = async (theme, screen) => {
    // Dialogs rise in over 140 ms; a shot mid-way shows the page through them.
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(artifacts, `lifecycle-screens-${theme}-${screen}.png`) });
  };
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  const nav = page.getByRole('navigation', { name: 'Dashboard' });

  await page.goto(`${baseUrl}/paid?view=cards&demoSeed=11`);
  await heading('Paid Subscriptions').waitFor({ timeout: bootTimeout });
  await page.getByTestId('next-invoice-total').waitFor();

  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await nav.getByRole('link', { name: /^Paid Subscriptions/ }).click();
    await heading('Paid Subscriptions').waitFor();
    await page.locator('article[data-testid="account-card"]').first().waitFor();
    await shot(theme, 'paid-cards');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table').waitFor();
    await shot(theme, 'paid-list');
    await page.getByRole('button', { name: 'Cards', exact: true }).click();

    await page.locator('article[data-testid="account-card"] h2 a').first().click();
    await page.locator('.account-page').waitFor();
    await shot(theme, 'account-paid');
    await page.getByRole('button', { name: 'Change seats', exact: true }).click();
    const seats = page.getByRole('dialog', { name: 'Change seats' });
    const field = seats.getByRole('textbox', { name: 'Seats' });
    await field.fill(String(Number(await field.inputValue()) + 3));
    await seats.getByText('Charged now', { exact: true }).waitFor();
    await shot(theme, 'change-seats');
    await page.keyboard.press('Escape');

    await nav.getByRole('link', { name: /^Active Trials/ }).click();
    await heading('Active Trials').waitFor();
    await page.locator('article[data-testid="account-card"] h2 a').first().click();
    await page.locator('.account-page').waitFor();
    await shot(theme, 'account-trial');
    await page.getByRole('button', { name: 'Extend trial', exact: true }).click();
    await page.getByRole('dialog', { name: 'Extend trial' }).waitFor();
    await shot(theme, 'extend-trial');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Upgrade to paid', exact: true }).click();
    await page.getByRole('dialog', { name: 'Upgrade to paid' }).getByRole('textbox', { name: 'Seats' }).fill('0');
    await shot(theme, 'upgrade-invalid');
    await page.keyboard.press('Escape');

    await nav.getByRole('link', { name: /^Expired Trials/ }).click();
    await heading('Expired Trials').waitFor();
    const card = page.locator('article[data-testid="account-card"]').first();
    await card.getByRole('button', { name: 'Remove account' }).click();
    await page.getByRole('dialog', { name: 'Remove account' }).waitFor();
    await shot(theme, 'remove');
    await page.getByRole('dialog', { name: 'Remove account' }).getByRole('button', { name: 'Remove account' }).click();
    await page.getByRole('dialog', { name: 'Remove account' }).waitFor({ state: 'hidden' });
    await page.locator('.action-notice--success').waitFor();
    await shot(theme, 'removed-notice');

    await nav.getByRole('link', { name: /^Removed and cancelled/ }).click();
    await heading('Removed and cancelled').waitFor();
    await page.getByRole('table').waitFor();
    await shot(theme, 'removed');

    await nav.getByRole('link', { name: 'Activity' }).click();
    await heading('Activity').waitFor();
    await page.getByRole('table').waitFor();
    await shot(theme, 'activity');
  }

  // A small laptop, half a wide screen: the account page and the list view still read.
  await page.setViewportSize({ width: 900, height: 900 });
  await nav.getByRole('link', { name: /^Active Trials/ }).click();
  await heading('Active Trials').waitFor();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('table').waitFor();
  await shot('narrow', 'trials-list');
  await page.getByRole('table').getByRole('link').first().click();
  await page.locator('.account-page').waitFor();
  await shot('narrow', 'account-trial');
}
