// axe-core on every screen of the demo, in light and dark: no control without a name, no contrast below AA, no
// misused ARIA. Serious and critical findings fail the test; the rest are printed.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

export const name = 'accessibility: axe-core finds no serious or critical problem on any screen';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function audit(page, label) {
  await page.waitForFunction(() =>
    globalThis.document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    globalThis.axe.run(globalThis.document, {
      resultTypes: ['violations'],
      runOnly: ['wcag2a', 'wcag2aa', 'best-practice'],
    }),
  );
  const findings = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
  const blocking = findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
  for (const finding of findings.filter((item) => !blocking.includes(item)))
    console.log(`    note (${label}): ${finding.id} [${finding.impact}] at ${finding.where.join(', ')}`);
  assert.deepEqual(blocking, [], `${label}: ${JSON.stringify(blocking, null, 2)}`);
}

export default async function accessibility({ page, baseUrl }) {
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  for (const scheme of ['light', 'dark']) {
    // Reduced motion: a dialog fading in would be measured half-transparent, and fail contrast it does not have.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/paid?view=cards&demoSeed=21`);
    await heading('Paid Subscriptions').waitFor({ timeout: 30_000 });
    await page.getByTestId('account-card').first().waitFor();
    await audit(page, `${scheme} paid cards`);

    await page.goto(`${baseUrl}/expired?view=list`);
    await page.getByRole('table').waitFor();
    await audit(page, `${scheme} expired list`);

    await page.goto(`${baseUrl}/trials?view=cards`);
    await page.getByTestId('account-card').first().waitFor();
    await page.getByRole('button', { name: 'Add Customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add Customer' });
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.getByText('Enter the organization name').waitFor();
    await audit(page, `${scheme} Add Customer with errors`);
    await page.keyboard.press('Escape');

    const card = page.getByTestId('account-card').first();
    await card.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
    await audit(page, `${scheme} account page`);

    await page.getByRole('button', { name: 'Upgrade to paid' }).click();
    await page.getByRole('dialog', { name: 'Upgrade to paid' }).waitFor();
    await audit(page, `${scheme} upgrade dialog`);
    await page.keyboard.press('Escape');

    for (const [path, title] of [
      ['/removed', 'Removed and cancelled'],
      ['/activity', 'Activity'],
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await heading(title).waitFor();
      await audit(page, `${scheme} ${title}`);
    }

    // Insights with every chart's table open: the charts' text alternatives are audited too.
    await page.goto(`${baseUrl}/insights?range=30`);
    await heading('Insights').waitFor();
    await page.locator('.recharts-wrapper').nth(4).waitFor();
    for (const summary of await page.locator('.chart-card__table summary').all()) await summary.click();
    await audit(page, `${scheme} Insights`);
  }
}
