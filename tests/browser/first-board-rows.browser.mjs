// A board's first render, in the demo at several window widths: the rows of cards it draws first have the columns
// the grid then lays out (guessed from the window, src/features/boards/card-columns.ts), and they are only the rows
// on screen; the rows beyond it (the overscan) come after, once the grid has been laid out (issue 9: the first
// board's task drew every row twice, once a card a row, and drew off-screen rows too).
import assert from 'node:assert/strict';
import { eventually } from './support.mjs';

export const name = "a board's first render: the columns the grid lays out, and only the rows on screen";

// Records the rows of cards the first board's task leaves in the page, and how many changes that task made to the
// list and its rows after first drawing them (rows drawn again: other columns, other rows). A MutationObserver sees each change;
// the animation frame asked for when the rows first appear comes after that task, before the page's first layout of
// them (whose ResizeObserver report brings the overscan).
const recordFirstRows = `
  window.__firstRows = null;
  let redrawn = null;
  // A change to the list or a row itself: spacers, columns, rows or cards added or removed (not a card's actions joining).
  const insideList = (record) => Boolean(record.target.matches?.('.account-cards, .account-cards__row'));
  new MutationObserver((records, observer) => {
    if (redrawn !== null) {
      redrawn += records.filter(insideList).length;
      return;
    }
    if (!document.querySelector('.account-cards__row')) return;
    redrawn = records.filter(insideList).length;
    requestAnimationFrame(() => {
      observer.disconnect();
      window.__firstRows = {
        redrawn,
        rows: [...document.querySelectorAll('.account-cards__row')].map((row) => ({
          columns: Number(/repeat\\((\\d+),/.exec(row.style.gridTemplateColumns)?.[1]),
          cards: row.children.length,
        })),
      };
    });
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** The grid's rule (boards.css) applied to the list's laid-out width. */
const laidOutColumns = (page) =>
  page.evaluate(() => {
    const list = document.querySelector('.account-cards');
    const row = list.querySelector('.account-cards__row');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const cardMin = parseFloat(getComputedStyle(list).getPropertyValue('--card-min')) * rem;
    const gap = parseFloat(getComputedStyle(row).columnGap);
    return {
      byRule: Math.max(1, Math.floor((list.clientWidth + gap) / (cardMin + gap))),
      drawn: Number(/repeat\((\d+),/.exec(row.style.gridTemplateColumns)?.[1]),
      rows: list.querySelectorAll('.account-cards__row').length,
      top: list.getBoundingClientRect().top,
      belowScreen: [...list.querySelectorAll('.account-cards__row')].filter(
        (element) => element.getBoundingClientRect().top >= innerHeight,
      ).length,
    };
  });

/** A row of cards before it is measured (account-cards.tsx's rowEstimate). */
const rowEstimate = 260;

export default async function firstBoardRows({ page, baseUrl }) {
  await page.addInitScript(recordFirstRows);
  const widths = [
    [390, 844],
    [760, 1000],
    [761, 1000],
    [1024, 768],
    [1280, 800],
    [1440, 900],
    [1920, 1080],
    [2560, 1440],
  ];
  for (const [width, height] of widths) {
    await page.setViewportSize({ width, height });
    await page.goto(`${baseUrl}/paid?view=cards&demoSeed=21`);
    await page.getByTestId('account-card').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__firstRows !== null);
    const { rows: first, redrawn } = await page.evaluate(() => window.__firstRows);
    assert.ok(first.length > 0, `${width} px: no first rows recorded`);
    // Each row drawn once in that task, and not drawn again in it (other columns, or rows added or removed).
    assert.equal(redrawn, 0, `${width} px: the first board's task drew its rows again`);
    // No more rows than a window shows, none of the two rows of overscan either side: drawn as if the board began at
    // the page's top, since its offset is read after the first layout (on a phone the board begins below the first
    // screen, and so do its first rows).
    assert.ok(first.length <= Math.ceil(height / rowEstimate), `${width} px: ${first.length} rows drawn first`);
    // The overscan arrives after: rows beyond the window's end, in the same columns the first rows had.
    const settled = await eventually(async () => {
      const now = await laidOutColumns(page);
      assert.ok(now.belowScreen > 0, `${width} px: no rows beyond the window yet`);
      return now;
    });
    assert.equal(settled.drawn, settled.byRule, `${width} px: the rows have other columns than the grid's rule gives`);
    assert.equal(first[0].columns, settled.drawn, `${width} px: the first render's columns were not the grid's`);
  }
}
