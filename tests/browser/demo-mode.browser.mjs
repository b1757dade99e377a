// The built app in demo mode: the MSW worker serves /api from the seeded demo fleet.
import assert from 'node:assert/strict';
import { consistently, escapeRegExp, eventually, expectPressed, formattedCount, textOf } from './support.mjs';

export const name = 'demo mode: boards, card and list views, Add Customer';

// The first heading waits for the worker to start and the first board to load.
const bootTimeout = 30_000;

export default async function demoMode({ page, baseUrl, screenshot }) {
  const heading = (board) => page.getByRole('heading', { level: 1, name: board, exact: true });
  // Link names begin with the board name and may go on with a count.
  const boardLink = (board) =>
    page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(board)}`) });
  const openBoard = async (board) => {
    await boardLink(board).click();
    await heading(board).waitFor();
  };
  const cards = page.locator('article[data-testid="account-card"]');
  const listButton = page.getByRole('button', { name: 'List', exact: true });
  const cardsButton = page.getByRole('button', { name: 'Cards', exact: true });
  const activeUsersTotal = page.getByTestId('active-users-total');

  // / redirects to the Paid Subscriptions board.
  await page.goto(`${baseUrl}/?demoSeed=7`);
  await heading('Paid Subscriptions').waitFor({ timeout: bootTimeout });
  const activeUsersBefore = await eventually(async () => {
    const text = await textOf(activeUsersTotal);
    assert.match(text, formattedCount);
    return text;
  });

  await openBoard('Active Trials');
  await cards.first().waitFor();
  assert.ok((await cards.count()) > 0, 'Active Trials shows account cards');
  await screenshot('cards');

  await listButton.click();
  await expectPressed(listButton);
  await page.getByRole('table').waitFor();
  await eventually(async () => assert.match(await textOf(page.getByTestId('board-users-total')), formattedCount));
  await eventually(() => assert.ok(page.url().includes('view=list'), `URL ${page.url()} has view=list`));
  await screenshot('list');

  await openBoard('Expired Trials');
  await cardsButton.click();
  await expectPressed(cardsButton);
  await expectPressed(listButton, 'false');
  await page.getByRole('table').waitFor({ state: 'hidden' });
  await cards.first().waitFor();
  assert.ok(!page.url().includes('view=list'), `URL ${page.url()} has left the list view`);

  // A new trial appears on Active Trials.
  const email = `browser-${Date.now()}@example.com`;
  const addCustomerButton = page.getByRole('button', { name: 'Add Customer', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Add Customer', exact: true });
  const emailBox = dialog.getByRole('textbox', { name: 'Email address' });
  const organizationBox = dialog.getByRole('textbox', { name: 'Organization name' });
  const createButton = dialog.getByRole('button', { name: 'Create account' });

  await addCustomerButton.click();
  await dialog.waitFor();
  await emailBox.fill(email);
  await organizationBox.fill('Browser Test Labs');
  await screenshot('dialog');
  await createButton.click();
  await dialog.waitFor({ state: 'hidden' });

  await openBoard('Active Trials');
  if ((await cardsButton.getAttribute('aria-pressed')) !== 'true') {
    await cardsButton.click();
    await expectPressed(cardsButton);
  }
  // Boards draw only the cards on screen: the new trial is searched for, as a person would.
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('Browser Test Labs');
  const newCard = page.getByRole('article', { name: 'Browser Test Labs' });
  await newCard.waitFor();
  await newCard.scrollIntoViewIfNeeded();
  await screenshot('new-trial');

  // The same address in another case, padded with spaces, is the same customer.
  const sameEmailShouted = `  ${email.toUpperCase()}  `;
  await addCustomerButton.click();
  await dialog.waitFor();
  await emailBox.fill(sameEmailShouted);
  await organizationBox.fill('Duplicate Address Inc');
  await createButton.click();
  await dialog.getByText('This email address is already in use').waitFor();
  assert.ok(await dialog.isVisible(), 'the dialog stays open on a conflict');
  // An <input type="email"> drops the surrounding spaces from its value by itself.
  assert.equal((await emailBox.inputValue()).trim(), sameEmailShouted.trim(), 'the typed email is kept');
  assert.equal(await organizationBox.inputValue(), 'Duplicate Address Inc', 'the typed organization is kept');
  await screenshot('duplicate-email');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // Trials do not count as active users.
  await openBoard('Paid Subscriptions');
  await eventually(async () => assert.match(await textOf(activeUsersTotal), formattedCount));
  await consistently(async () => assert.equal(await textOf(activeUsersTotal), activeUsersBefore));
}
