import { describe, expect, it } from 'vitest';
import { cardColumns, mainContentWidth, type ShellMeasures } from './card-columns';

// tokens.css and shell.css at 16 px to the rem: a 15rem sidebar, 96rem of content at most, 1.5rem of padding either
// side of the main area (0.75rem on a phone, at 760 px and under); cards at least 19rem wide, 1rem apart.
const shell: ShellMeasures = {
  phoneMaxWidth: 760,
  sidebarWidth: 240,
  contentMax: 1536,
  mainPadding: 24,
  phoneMainPadding: 12,
};
const columnsAt = (width: number) => cardColumns(mainContentWidth(width, width, shell), 304, 16);

describe("a board's columns, from the window alone", () => {
  it('fits as many cards of at least the minimum width as there is room for, gaps between', () => {
    expect(cardColumns(304, 304, 16)).toBe(1);
    expect(cardColumns(623, 304, 16)).toBe(1);
    expect(cardColumns(624, 304, 16)).toBe(2);
    expect(cardColumns(100, 304, 16)).toBe(1);
  });

  it("takes the sidebar and the main area's padding from the window, and stops growing at the content's maximum", () => {
    expect(mainContentWidth(1440, 1440, shell)).toBe(1440 - 240 - 48);
    expect(mainContentWidth(2560, 2560, shell)).toBe(1536 - 48);
    expect(columnsAt(1440)).toBe(3);
    expect(columnsAt(1920)).toBe(4);
    expect(columnsAt(2560)).toBe(4);
  });

  it("on a phone, has no sidebar and narrower padding, by the window's width with its scrollbar", () => {
    expect(mainContentWidth(390, 390, shell)).toBe(366);
    expect(columnsAt(760)).toBe(2);
    expect(columnsAt(761)).toBe(1);
    // A 770 px window with a 15 px scrollbar is not a phone, though the page is 755 px wide.
    expect(mainContentWidth(755, 770, shell)).toBe(755 - 240 - 48);
  });
});
