// Live mode on a phone (390 × 844), signed in as an Admin: the header holds Sign out beside the billed figures and
// Add Customer without one covering another, and no page (boards, an account, Activity, Team) scrolls sideways.
// Then the same pages on a wide screen. The demo's phone test cannot see this: the demo has no Sign out.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, startLiveServer } from './support.mjs';

export const name = 'live phone layout: header with Sign out, no overlaps, no page wider than the phone';

const admin = {
  msp: 'Phone Test MSP',
  name: 'Pia Phone',
  email: 'pia@phone-test.example',
  password: 'phone test admin phrase',
};

const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The innermost elements that reach past the window's right edge, so a failure says what is too wide. */
const tooWide = (page) =>
  page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const beyond = (element) => element.getBoundingClientRect().right > edge + 0.5;
    // What a scrolling box inside the window clips does not widen the page, unless it is positioned outside that
    // box: an absolute element is clipped only by boxes from its containing block up.
    const clipped = (element) => {
      let absolute = getComputedStyle(element).position === 'absolute';
      for (let box = element.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (absolute && style.position === 'static') continue;
        absolute = style.position === 'absolute';
        if (style.overflowX !== 'visible' && !beyond(box)) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((element) => beyond(element) && !clipped(element))
      .filter((element) => ![...element.children].some((child) => beyond(child) && !clipped(child)))
      .slice(0, 5)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.className}"> ${element.textContent.slice(0, 40)}`,
      );
  });

async function boxOf(locator, what) {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is not drawn`);
  return box;
}

async function expectInView(page, locator, what) {
  const box = await boxOf(locator, what);
  const { width, height } = page.viewportSize();
  assert.ok(
    box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= height,
    `${what} at ${JSON.stringify(box)}`,
  );
  return box;
}

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export default async function livePhoneLayout({ page, screenshot }) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-live-phone-'));
  let server;
  try {
    server = startLiveServer(dataDir);
    const baseUrl = await server.url;
    await eventually(() => assert.match(server.log(), /setup page asks for this code/));
    await page.goto(`${baseUrl}/paid`);
    await page.getByRole('heading', { level: 1, name: 'Set up your Command Center' }).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'MSP name' }).fill(admin.msp);
    await page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
    await page.getByRole('textbox', { name: 'Email address' }).fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Create MSP and Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paid Subscriptions' }).waitFor();
    const response = await page.request.post(`${baseUrl}/api/v1/accounts`, {
      data: { organizationName: 'Phone Layout Holdings International', email: 'owner@phone-layout.example' },
    });
    assert.equal(response.status(), 201, await response.text());
    const account = await response.json();

    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${baseUrl}/trials`);
      await page.getByRole('heading', { level: 1, name: 'Active Trials' }).waitFor();
      await page.getByTestId('account-card').first().waitFor();

      // The header's controls are all in sight and none is drawn over another.
      const controls = [
        ['Active Users', page.getByTestId('active-users-total')],
        ['Next invoice', page.getByTestId('next-invoice-total')],
        ['Add Customer', page.getByRole('button', { name: 'Add Customer' })],
        ['Sign out', page.getByRole('button', { name: 'Sign out' })],
      ];
      const boxes = [];
      for (const [what, locator] of controls)
        boxes.push([what, await expectInView(page, locator, `${what} at ${width} px`)]);
      for (const [i, [a, boxA]] of boxes.entries())
        for (const [b, boxB] of boxes.slice(i + 1))
          assert.ok(!overlaps(boxA, boxB), `${a} and ${b} overlap at ${width} px: ${JSON.stringify([boxA, boxB])}`);
      // The figures with their labels: wholly drawn (no label running under Add Customer) and clear of it.
      const figures = page.locator('.topbar__figures');
      const figuresBox = await boxOf(figures, 'the header figures');
      const spill = await figures.evaluate((element) => element.scrollWidth - element.clientWidth);
      assert.ok(spill <= 0, `the header figures' labels run ${spill} px past their box at ${width} px`);
      for (const [what, box] of boxes.slice(2))
        assert.ok(!overlaps(figuresBox, box), `the header figures and ${what} overlap at ${width} px`);
      if (width === 390) {
        const header = await boxOf(page.locator('.topbar'), 'the header');
        assert.ok(header.height <= 844 / 4, `the header is ${header.height} px high`);
      }

      const pages = [
        ['/paid', 'Paid Subscriptions'],
        ['/trials?view=list', 'Active Trials'],
        ['/expired', 'Expired Trials'],
        [`/accounts/${account.accountNumber}`, 'Phone Layout Holdings International'],
        ['/activity', 'Activity'],
        ['/team', 'Team'],
      ];
      for (const [where, title] of pages) {
        await page.goto(`${baseUrl}${where}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(`live-${width}-${where.replace(/\W+/g, '-')}`);
        if ((await overflow(page)) > 0)
          assert.fail(`${title} scrolls sideways at ${width} px: ${(await tooWide(page)).join('; ')}`);
      }
    }
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
