// A whole account lifecycle in demo mode, against the built app, with the demo clock moving time.
import assert from 'node:assert/strict';
import { eventually, textOf } from './support.mjs';

export const name = 'lifecycle: add, extend, run out, upgrade, add and remove seats, cancel, end';

const bootTimeout = 30_000;
const company = 'Lifecycle Browser Labs';

export default async function lifecycle({ page, baseUrl, screenshot }) {
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  // Boards draw only the cards on screen: the company is searched for, as a person would, so its card is drawn.
  const findCompany = () => page.getByRole('searchbox', { name: 'Search accounts' }).fill(company);
  const openBoard = async (board) => {
    await nav.getByRole('link', { name: new RegExp(`^${board}`) }).click();
    await heading(board).waitFor();
    await findCompany();
  };
  const card = page.getByRole('article', { name: company });
  const dialog = (title) => page.getByRole('dialog', { name: title, exact: true });
  const clock = page.getByRole('group', { name: 'Demo clock' });
  const weekButton = clock.getByRole('button', { name: 'Advance demo clock by 1 week' });
  // The clock's buttons stay busy until every list on the page has been refetched for the new day.
  const advanceWeek = async () => {
    const before = await textOf(clock.locator('.demo-clock__date'));
    await weekButton.click();
    await eventually(async () => assert.notEqual(await textOf(clock.locator('.demo-clock__date')), before));
    await eventually(async () => assert.ok(await weekButton.isEnabled()));
  };
  const openAccountPage = async () => {
    await card.getByRole('link', { name: company }).click();
    await heading(company).waitFor();
  };
  const confirmIn = async (title, button) => {
    await dialog(title).getByRole('button', { name: button, exact: true }).click();
    await dialog(title).waitFor({ state: 'hidden' });
  };

  await page.goto(`${baseUrl}/trials?view=cards&demoSeed=11`);
  await heading('Active Trials').waitFor({ timeout: bootTimeout });

  // Add a customer: a 30-day trial.
  await page.getByRole('button', { name: 'Add Customer', exact: true }).click();
  await dialog('Add Customer')
    .getByRole('textbox', { name: 'Email address' })
    .fill(`lifecycle-${Date.now()}@example.com`);
  await dialog('Add Customer').getByRole('textbox', { name: 'Organization name' }).fill(company);
  await confirmIn('Add Customer', 'Create account');
  // Add Customer opens the new account's page; searching the board before it had raced that navigation.
  await heading(company).waitFor();
  await card.waitFor();

  // Extend its trial by a week, from its card.
  await card.getByRole('button', { name: 'Extend trial' }).click();
  await dialog('Extend trial')
    .getByRole('radio', { name: /^7 days/ })
    .check();
  await dialog('Extend trial').getByText('New trial end').waitFor();
  await screenshot('extend-dialog');
  await confirmIn('Extend trial', 'Extend');

  // Let the demo clock run it out: 37 days, so six weeks at most.
  await openBoard('Expired Trials');
  for (let week = 0; week < 7 && !(await card.isVisible()); week += 1) await advanceWeek();
  await card.waitFor();
  await screenshot('expired');

  // Upgrade it with the seats entered.
  await card.getByRole('button', { name: 'Upgrade to paid' }).click();
  const seats = dialog('Upgrade to paid').getByRole('textbox', { name: 'Seats' });
  await seats.fill('5');
  await dialog('Upgrade to paid').getByText('First month charged now').waitFor();
  await screenshot('upgrade-dialog');
  await confirmIn('Upgrade to paid', 'Upgrade');
  await card.waitFor({ state: 'hidden' });
  await openBoard('Paid Subscriptions');
  await card.waitFor();
  await openAccountPage();

  // Add seats: the prorated charge is shown before confirming.
  await page.getByRole('button', { name: 'Change seats', exact: true }).click();
  await dialog('Change seats').getByRole('textbox', { name: 'Seats' }).fill('8');
  const charged = dialog('Change seats').getByText('Charged now', { exact: true });
  await charged.waitFor();
  assert.match(await textOf(charged.locator('xpath=following-sibling::dd')), /^\$\d+\.\d\d \(\d+ of \d+ days left/);
  await screenshot('add-seats-dialog');
  await confirmIn('Change seats', 'Change seats');
  await eventually(async () => assert.ok((await textOf(page.locator('.account-facts'))).includes('of 8')));

  // Remove seats: pending until the next period.
  await page.getByRole('button', { name: 'Change seats', exact: true }).click();
  await dialog('Change seats').getByRole('textbox', { name: 'Seats' }).fill('6');
  await dialog('Change seats')
    .getByText(/^From /)
    .waitFor();
  await screenshot('remove-seats-dialog');
  await confirmIn('Change seats', 'Change seats');
  const pending = page.getByTestId('pending-seats');
  await pending.waitFor();
  assert.match(await textOf(pending), /8 → 6 seats on/);

  // Cancel: still paid until the period ends.
  await page.getByRole('button', { name: 'Cancel subscription', exact: true }).click();
  await screenshot('cancel-dialog');
  await confirmIn('Cancel subscription', 'Cancel subscription');
  await page.getByTestId('cancellation').waitFor();
  await screenshot('account-cancelling');

  // Move past the period's end: it leaves the Paid board and waits in Removed and cancelled.
  await openBoard('Paid Subscriptions');
  await card.waitFor();
  for (let week = 0; week < 6 && (await card.isVisible()); week += 1) await advanceWeek();
  await card.waitFor({ state: 'hidden' });
  await nav.getByRole('link', { name: /^Removed and cancelled/ }).click();
  await heading('Removed and cancelled').waitFor();
  const row = page.getByRole('row', { name: new RegExp(company) });
  await row.waitFor();
  assert.match(await textOf(row), /Cancelled/);
  await row.getByRole('button', { name: 'Download data' }).waitFor();
  await screenshot('removed');

  // Its history tells the whole story.
  await row.getByRole('link', { name: company }).click();
  await heading(company).waitFor();
  await page.getByRole('table', { name: `History of ${company}` }).waitFor();
  await screenshot('account-history');
}
