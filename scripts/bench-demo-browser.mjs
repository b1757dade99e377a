// The demo in real Chromium at its largest fleet: how long until the first board shows, a board switch, and
// loading more pages. Run after a build: `npm run bench:browser`. A figure to compare, not a test.
import { launchChromium } from '../tests/browser/launch-chromium.mjs';
import { preview } from 'vite';

const size = Number(process.argv[2] ?? 50_000);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const baseUrl = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await launchChromium();

async function timed(label, work) {
  const start = performance.now();
  const detail = await work();
  console.log(
    `${label.padEnd(52)} ${String(Math.round(performance.now() - start)).padStart(6)} ms${detail ? `   ${detail}` : ''}`,
  );
}

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cards = page.getByTestId('account-card');
  await timed(`First board, ${size.toLocaleString('en-US')} accounts (worker + fleet + page)`, async () => {
    await page.goto(`${baseUrl}/expired?view=cards&demoAccounts=${size}&demoSeed=5`);
    await cards.first().waitFor({ timeout: 120_000 });
    return (await page.getByText(/^Showing/).textContent()) ?? '';
  });
  await timed('Switch to another board', async () => {
    await page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: /^Paid Subscriptions/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Paid Subscriptions' }).waitFor();
    await cards.first().waitFor();
  });
  await timed('Load 5 more pages of 60 cards', async () => {
    for (let page_ = 2; page_ <= 6; page_ += 1) {
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.waitForFunction(
        (n) => globalThis.document.querySelectorAll('[data-testid=account-card]').length >= n,
        60 * page_,
      );
    }
    return `${await cards.count()} cards on screen`;
  });
  await timed('Switch to the list view (360 rows)', async () => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table').waitFor();
  });
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
