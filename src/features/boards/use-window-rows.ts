import type * as ReactVirtual from '@tanstack/react-virtual';
import type { VirtualItem, Virtualizer, VirtualizerOptions } from '@tanstack/react-virtual';
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../../components/when-idle';

type VirtualModule = typeof ReactVirtual;

// The virtualizer (about 8 KiB of JavaScript, brotli) is not on the first board (issue 9's 120 KiB): the first
// screen of rows is drawn without it, from the estimate, and it loads when the browser is idle or the page first
// scrolls, then takes over the same rows (same keys, same measure callback: nothing on screen is drawn again).
let virtualModule: VirtualModule | null = null;
let loadingModule: Promise<VirtualModule> | null = null;

/** Loads the virtualizer once, for every board on the page. */
export function loadVirtualizer(): Promise<VirtualModule> {
  loadingModule ??= import('@tanstack/react-virtual').then((loaded) => (virtualModule = loaded));
  return loadingModule;
}

/** The virtualizer module once loaded: on idle, or at the first scroll, whichever comes first. */
function useVirtualModule(): VirtualModule | null {
  const [loaded, setLoaded] = useState(virtualModule);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const load = () => {
      void loadVirtualizer().then((module) => live && setLoaded(() => module));
    };
    const cancelIdle = whenIdle(load);
    window.addEventListener('scroll', load, { once: true, passive: true });
    return () => {
      live = false;
      cancelIdle();
      window.removeEventListener('scroll', load);
    };
  }, [loaded]);
  return loaded;
}

/**
 * Before the virtualizer loads: the rows the window shows from where it is scrolled, plus the overscan, at the
 * estimate's height, as the virtualizer's own first range would be before anything is measured.
 */
function estimatedItems(count: number, estimate: number, overscan: number, top: number): VirtualItem[] {
  if (count === 0) return [];
  const from = Math.max(0, Math.floor((window.scrollY - top) / estimate) - overscan);
  const to = Math.min(count - 1, Math.ceil((window.scrollY + window.innerHeight - top) / estimate) - 1 + overscan);
  const items: VirtualItem[] = [];
  for (let index = from; index <= to; index += 1) {
    const start = top + index * estimate;
    items.push({ key: index, index, start, size: estimate, end: start + estimate, lane: 0 });
  }
  return items;
}

/**
 * useWindowVirtualizer's work (@tanstack/react-virtual), with the module loaded late: the instance is made once the
 * module is there; until then there is none and the caller draws estimatedItems.
 */
function useLateWindowVirtualizer(
  module: VirtualModule | null,
  options: Omit<
    VirtualizerOptions<Window, Element>,
    'getScrollElement' | 'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
  >,
): Virtualizer<Window, Element> | null {
  const rerender = useReducer((x: number) => x + 1, 0)[1];
  // Whether a row is being measured from its ref (mutable, read by onChange; not drawn).
  const [measuring] = useState(() => ({ current: false }));
  const [instance, setInstance] = useState<Virtualizer<Window, Element> | null>(null);
  const resolved = module && {
    ...options,
    getScrollElement: () => window,
    observeElementRect: module.observeWindowRect,
    observeElementOffset: module.observeWindowOffset,
    scrollToFn: module.windowScroll,
    initialOffset: () => window.scrollY,
    // The window's size from the start: with the default (0 by 0) its first range would be the overscan alone, and
    // the rows drawn before it came would leave the page until the window's size was read.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    onChange: (_: Virtualizer<Window, Element>, sync: boolean) => {
      if (sync && !measuring.current) flushSync(rerender);
      else rerender();
    },
  };
  const made = instance ?? (resolved ? makeVirtualizer(module, resolved, measuring) : null);
  if (made && made !== instance) setInstance(made);
  if (made && resolved) made.setOptions(resolved);
  useLayoutEffect(() => made?._didMount(), [made]);
  useLayoutEffect(() => made?._willUpdate());
  return made;
}

function makeVirtualizer(
  module: VirtualModule,
  options: VirtualizerOptions<Window, Element>,
  measuring: { current: boolean },
): Virtualizer<Window, Element> {
  const virtualizer = new module.Virtualizer(options);
  const measure = virtualizer.measureElement;
  // A row measured from its ref does not need React to draw synchronously (as in useVirtualizerBase).
  virtualizer.measureElement = (node) => {
    measuring.current = true;
    try {
      measure(node);
    } finally {
      measuring.current = false;
    }
  };
  return virtualizer;
}

/** The page's vertical offset of an element: where its first row starts in the window's scroll. */
function pageTop(element: HTMLElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/** Where a board's rows are in the page: its vertical offset, where its first row starts, and its width. */
interface Box {
  top: number;
  width: number;
}

/**
 * Watches an element's width and page offset: the offset moves when what is above it changes (filters opened,
 * a notice shown), the width when the window does. Null until first read, which is the ResizeObserver's first report,
 * after the browser has laid out the rows drawn first: read in React's commit instead, it forced that layout in the
 * middle of the first board's task, and the rows were drawn again in the same task (issue 9's longest task).
 */
function useBox(ref: RefObject<HTMLElement | null>): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const next = { top: pageTop(element), width: element.clientWidth };
      setBox((last) => (last && last.top === next.top && last.width === next.width ? last : next));
    };
    // What a new box changes (the overscan, other rows) is drawn in a render React can interrupt for the browser.
    const readLater = () => startTransition(read);
    window.addEventListener('resize', readLater);
    // Without ResizeObserver (jsdom) there is no layout to wait for either: the box is read at once.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(readLater);
    if (observer) {
      // The element itself for its width; the page's main area for anything above it changing height.
      observer.observe(element);
      const main = element.closest('main');
      if (main) observer.observe(main);
    } else read();
    return () => {
      window.removeEventListener('resize', readLater);
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
  // Until the rows' box is read, after the browser's first layout of them: only the rows on screen, from the page's
  // top (the board starts lower, so these are at least the rows it shows). The overscan follows in a task of its
  // own, with the box, so the first board's task draws no row that is off screen (issue 9: no task over 50 ms).
  const top = box?.top ?? 0;
  const drawnOverscan = box ? overscan : 0;
  const virtualizer = useLateWindowVirtualizer(useVirtualModule(), {
    count,
    estimateSize: () => estimate,
    overscan: drawnOverscan,
    scrollMargin: top,
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
  // One measure callback for the rows' refs, before and after the virtualizer loads, so the rows on screen keep
  // their props when it takes over; the rows drawn before it are handed to it as it arrives.
  const current = useRef(virtualizer);
  const waiting = useRef(new Set<Element>());
  const measure = useCallback((element: Element | null) => {
    if (current.current) current.current.measureElement(element);
    else if (element) waiting.current.add(element);
  }, []);
  // Rows' refs are set before this layout effect runs: the rows mounted with the virtualizer's arrival wait too.
  useLayoutEffect(() => {
    current.current = virtualizer;
    if (!virtualizer) return;
    for (const element of waiting.current) if (element.isConnected) virtualizer.measureElement(element);
    waiting.current.clear();
  }, [virtualizer]);
  const remeasure = useCallback(() => current.current?.measure(), []);
  const items = virtualizer ? virtualizer.getVirtualItems() : estimatedItems(count, estimate, drawnOverscan, top);
  const first = items[0];
  const last = items[items.length - 1];
  const total = virtualizer ? virtualizer.getTotalSize() : count * estimate;
  // The rows are in the normal flow, between two spacers standing for the rows before and after them.
  const before = first ? first.start - top : 0;
  const after = last ? total - (last.end - top) : 0;
  return {
    /** The rows' width once laid out; null before. */
    width: box ? box.width : null,
    items,
    measure,
    remeasure,
    spacers: { paddingTop: Math.max(0, before), paddingBottom: Math.max(0, after) },
  };
}
