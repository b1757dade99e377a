import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWindowRows } from './use-window-rows';

function Rows({ count }: { count: number }) {
  const container = useRef<HTMLDivElement>(null);
  const rows = useWindowRows(container, { count, estimate: 100, overscan: 3 });
  return (
    <div ref={container} data-testid="rows">
      {rows.items.map((item) => (
        <div key={item.key} data-row={item.index} />
      ))}
    </div>
  );
}

/** A ResizeObserver whose reports the test sends, as the browser does after it lays the page out. */
function stubResizeObserver() {
  const observers: Array<() => void> = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(report: () => void) {
        observers.push(report);
      }
      observe() {}
      disconnect() {}
    },
  );
  return { report: () => act(() => observers.forEach((report) => report())) };
}

const drawnRows = () => [...screen.getByTestId('rows').children].map((row) => Number(row.getAttribute('data-row')));

afterEach(() => vi.unstubAllGlobals());

describe('rows drawn as the window scrolls', () => {
  it('draws first only the rows a window shows, and the overscan once the layout has been read', () => {
    const layout = stubResizeObserver();
    render(<Rows count={100} />);
    // jsdom's window is 768 px high: eight rows of 100 px, as if the rows began at the page's top.
    expect(drawnRows()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);

    layout.report();
    expect(drawnRows()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads the layout at once where there is no ResizeObserver to wait for', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<Rows count={100} />);
    expect(drawnRows()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
