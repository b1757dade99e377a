// How many cards a board's grid puts side by side. The grid's rule is CSS (boards.css: auto-fill, each card at least
// --card-min wide, --space-4 between them); the rows are drawn a row of cards at a time, so the count is needed in
// JavaScript too. It is known exactly once the grid is laid out (columnsFor), and guessed from the window before
// (guessCardColumns), so that a board's first render draws the rows it will keep: drawing them one card a row, then
// reading the grid's width and drawing them again, was most of the first board's longest task (issue 9).

/** The grid's own rule: as many columns of at least `cardMin` px as fit in `width`, `gap` px apart. */
export function cardColumns(width: number, cardMin: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (cardMin + gap)));
}

/** The shell's measures (tokens.css, shell.css) that decide how wide a page's main area is. */
export interface ShellMeasures {
  /** At or under it, a phone's layout: no sidebar, narrower padding (shell.css's max-width media query). */
  phoneMaxWidth: number;
  sidebarWidth: number;
  contentMax: number;
  mainPadding: number;
  phoneMainPadding: number;
}

/**
 * The width of a page's main area, inside its padding, in a window `viewport` px wide (without its scrollbar):
 * shell.css's layout, done ahead. `mediaWidth` is what the media queries compare, the window with its scrollbar.
 */
export function mainContentWidth(viewport: number, mediaWidth: number, shell: ShellMeasures): number {
  if (mediaWidth <= shell.phoneMaxWidth) return viewport - 2 * shell.phoneMainPadding;
  const body = Math.min(viewport, shell.contentMax + shell.sidebarWidth);
  return body - shell.sidebarWidth - 2 * shell.mainPadding;
}

/** shell.css's phone breakpoint (`@media (max-width: 760px)`). */
const PHONE_MAX_WIDTH = 760;

/** A length token of tokens.css in px (rem or px). */
function tokenPx(style: CSSStyleDeclaration, name: string, rootFontSize: number): number {
  const value = style.getPropertyValue(name).trim();
  return value.endsWith('rem') ? parseFloat(value) * rootFontSize : parseFloat(value);
}

let scrollbar: number | null = null;

/**
 * The width a classic scrollbar takes from the page (0 where scrollbars overlay the page): a long board will have
 * one, even though the page that is about to draw it may not have one yet. Measured once, on a small box of its own.
 */
function scrollbarWidth(): number {
  if (scrollbar !== null) return scrollbar;
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;top:-200px;width:100px;height:100px;overflow:scroll;visibility:hidden';
  document.body.append(probe);
  scrollbar = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  return scrollbar;
}

/**
 * The columns a board's grid will have in this window, before anything of it is laid out. A guess: if the window
 * is resized meanwhile, or the page's fonts are not the tokens', the grid's own width corrects it (columnsFor).
 * The board's `cards` and a row's height say whether the page will scroll, and so have a scrollbar.
 */
export function guessCardColumns(cards: number, rowHeight: number): number {
  const root = getComputedStyle(document.documentElement);
  const rootFontSize = parseFloat(root.fontSize) || 16;
  const px = (name: string) => tokenPx(root, name, rootFontSize);
  const cardMin = px('--card-min');
  if (!(cardMin > 0)) return 1;
  const shell: ShellMeasures = {
    phoneMaxWidth: PHONE_MAX_WIDTH,
    sidebarWidth: px('--sidebar-width'),
    contentMax: px('--content-max'),
    mainPadding: px('--space-5'),
    phoneMainPadding: px('--space-3'),
  };
  const gap = px('--space-4');
  const columnsIn = (viewport: number) =>
    cardColumns(mainContentWidth(viewport, window.innerWidth, shell), cardMin, gap);
  const wide = columnsIn(window.innerWidth);
  const scrolls = Math.ceil(cards / wide) * rowHeight > window.innerHeight;
  return scrolls ? columnsIn(window.innerWidth - scrollbarWidth()) : wide;
}

/** --card-min's 19rem, should the page's styles not say. */
const fallbackCardMin = 304;

/** The grid's columns once it is laid out, `width` px wide: 1 where nothing is laid out (jsdom). */
export function columnsFor(element: HTMLElement | null, width: number): number {
  if (!element || width === 0) return 1;
  const style = getComputedStyle(element);
  const rootFontSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const gap = parseFloat(style.columnGap) || 0;
  return cardColumns(width, tokenPx(style, '--card-min', rootFontSize) || fallbackCardMin, gap);
}
