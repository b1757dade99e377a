import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The page's vertical offset of an element: where its first row starts in the window's scroll. */
function pageTop(element: HTMLElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/**
 * Watches an element's width and page offset: the offset moves when what is above it changes (filters opened,
 * a notice shown), the width when the window does. Both are read after layout, only when something resized.
 */
function useBox(ref: RefObject<HTMLElement | null>) {
  const [box, setBox] = useState({ top: 0, width: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const next = { top: pageTop(element), width: element.clientWidth };
      setBox((last) => (last.top === next.top && last.width === next.width ? last : next));
    };
    read();
    window.addEventListener('resize', read);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    // The element itself for its width; the page's main area for anything above it changing height.
    observer?.observe(element);
    const main = element.closest('main');
    if (main) observer?.observe(main);
    return () => {
      window.removeEventListener('resize', read);
      observer?.disconnect();
    };
  }, [ref]);
  return box;
}

interface WindowRowsOptions {
  count: number;
  /** A row's height before it is measured; also what a row measures in a page without layout (jsdom). */
  estimate: number;
  overscan?: number;
}

/**
 * Rows of a long board drawn as the window scrolls: the page scrolls as a whole (no inner scroll box), and only
 * the rows on screen, plus a few either side, are in the DOM. Rows are measured as they render, so rows of any
 * height (a phone's stacked rows, a card with a warning) lay out without gaps.
 */
export function useWindowRows(
  container: RefObject<HTMLElement | null>,
  { count, estimate, overscan = 4 }: WindowRowsOptions,
) {
  const box = useBox(container);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan,
    scrollMargin: box.top,
    // Sizes come from the rows' ResizeObserver, which reports them after the browser's own layout: a row is not
    // measured as it mounts (getBoundingClientRect there forced a layout of every new row in the middle of React's
    // commit, in each scroll step). Until its first report a row counts as measured before, or as the estimate.
    // Zero is what an element measures without layout (jsdom): the estimate is then a better guess than nothing.
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize) || estimate;
      const index = instance.indexFromElement(element);
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? estimate;
    },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  // The rows are in the normal flow, between two spacers standing for the rows before and after them.
  const before = first ? first.start - box.top : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - box.top) : 0;
  return {
    width: box.width,
    items,
    measure: virtualizer.measureElement,
    remeasure: virtualizer.measure,
    spacers: { paddingTop: Math.max(0, before), paddingBottom: Math.max(0, after) },
  };
}
