// Two tabs of one demo: they share one fleet, one email check, and each sees the other's changes.
import assert from 'node:assert/strict';
import { escapeRegExp, eventually, textOf } from './support.mjs';

export const name = 'demo mode in two tabs: one fleet, one account per email, changes seen without a reload';

const bootTimeout = 30_000;

async function openTrials(page, url) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Active Trials', exact: true }).waitFor({ timeout: bootTimeout });
}

function trialsCount(page) {
  return textOf(
    page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: new RegExp(`^${escapeRegExp('Active Trials')}`) }),
  );
}

async function addCustomer(page, email, organization) {
  await page.getByRole('button', { name: 'Add Customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Customer' });
  await dialog.getByRole('textbox', { name: 'Email address' }).fill(email);
  await dialog.getByRole('textbox', { name: 'Organization name' }).fill(organization);
  await dialog.getByRole('button', { name: 'Create account' }).click();
  return dialog;
}

export default async function twoTabs({ page, baseUrl, screenshot }) {
  // Searched for "Tab Trading": a board draws only the cards on screen, and a new trial's is at its end.
  const url = `${baseUrl}/trials?view=cards&demoSeed=11&q=Tab%20Trading`;
  await openTrials(page, url);
  const other = await page.context().newPage();
  await openTrials(other, url);
  const before = await trialsCount(other);

  const email = `tabs-${Date.now()}@example.com`;
  const dialog = await addCustomer(page, email, 'First Tab Trading');
  await dialog.waitFor({ state: 'detached' });

  // The other tab hears of the change and refetches: the new card and count appear without a reload.
  await other.getByRole('article', { name: 'First Tab Trading' }).waitFor();
  await eventually(async () => assert.notEqual(await trialsCount(other), before));

  // And the other tab cannot take the same address, in another case.
  const refused = await addCustomer(other, email.toUpperCase(), 'Second Tab Trading');
  await refused.getByText('This email address is already in use').waitFor();
  await screenshot('second-tab-refused');
  await other.keyboard.press('Escape');
  assert.equal(await page.getByRole('article', { name: 'Second Tab Trading' }).count(), 0);
  await other.close();
}
