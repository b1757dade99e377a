// The accessibility audit of every demo screen at one window width and colour scheme: axe-core (WCAG 2 A and AA,
// and best practices) must find nothing at all, of any impact. Each screen audited is also kept as a screenshot
// (tests/browser/artifacts/accessibility-<width>-<scheme>-<screen>.png) for a person to look at.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

async function audit(page, label) {
  await page.waitForFunction(() =>
    globalThis.document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  await page.screenshot({ path: path.join(artifacts, `accessibility-${slug(label)}.png`) });
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axeSource });
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
  assert.deepEqual(findings, [], `${label}: ${JSON.stringify(findings, null, 2)}`);
}

export async function auditEveryScreen({ page, baseUrl }, width, scheme) {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  const heading = (text) => page.getByRole('heading', { level: 1, name: text, exact: true });
  {
    const at = (screen) => `${width}-${scheme}-${screen}`;
    // Reduced motion: a dialog fading in would be measured half-transparent, and fail contrast it does not have.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const [path, title] of [
      ['/paid', 'Paid Subscriptions'],
      ['/trials', 'Active Trials'],
      ['/expired', 'Expired Trials'],
    ]) {
      await page.goto(`${baseUrl}${path}?view=cards&demoSeed=21`);
      await heading(title).waitFor({ timeout: 30_000 });
      await page.getByTestId('account-card').first().getByRole('button').first().waitFor();
      await audit(page, at(`${path.slice(1)} cards`));
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('table').getByRole('button').first().waitFor();
      await audit(page, at(`${path.slice(1)} list`));
    }

    // A row's actions menu, open (the list of Expired Trials is on screen).
    await page.getByRole('table').getByRole('button').first().click();
    await page.getByRole('menu').waitFor();
    await audit(page, at('actions menu'));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add Customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add Customer' });
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.getByText('Enter the organization name').waitFor();
    await audit(page, at('add customer with errors'));
    await page.keyboard.press('Escape');

    await page.goto(`${baseUrl}/trials?view=cards`);
    await page.getByTestId('account-card').first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
    await audit(page, at('account page'));

    await page.getByRole('button', { name: 'Upgrade to paid' }).click();
    await page.getByRole('dialog', { name: 'Upgrade to paid' }).waitFor();
    await audit(page, at('upgrade dialog'));
    await page.keyboard.press('Escape');

    for (const [path, title] of [
      ['/removed', 'Removed and cancelled'],
      ['/activity', 'Activity'],
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await heading(title).waitFor();
      await audit(page, at(title));
    }

    // Insights with every chart's table open: the charts' text alternatives are audited too.
    await page.goto(`${baseUrl}/insights?range=30`);
    await heading('Insights').waitFor();
    await page.locator('.recharts-wrapper').nth(4).waitFor();
    for (const summary of await page.locator('.chart-card__table summary').all()) await summary.click();
    await audit(page, at('insights'));
  }
}
