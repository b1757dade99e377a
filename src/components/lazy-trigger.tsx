import {
  cloneElement,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import './lazy-trigger.css';

type StandInProps = {
  onPointerEnter?: (event: PointerEvent) => void;
  onPointerDown?: (event: PointerEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
  onClick?: (event: MouseEvent) => void;
};

/** The stand-in with the handlers that load the real control (a component, so they are props, not read in render). */
function StandIn({ element, handlers }: { element: ReactElement<StandInProps>; handlers: StandInProps }) {
  return cloneElement(element, handlers);
}

interface LazyTriggerProps<Loaded> {
  /** Loads the control's code (an `import()`) and hands back what `children` draws with. */
  load: () => Promise<Loaded>;
  /** The control as it looks before its code is here: the same element, name and look (a plain button). */
  standIn: ReactElement<StandInProps>;
  /** The real control, drawn with what `load` gave. */
  children: (loaded: Loaded) => ReactNode;
  /** Load now, without waiting for intent (a bulk action once something is selected). */
  eager?: boolean;
}

/**
 * A control whose code stays out of the first page: until it is wanted a
 * stand-in is drawn. Pointing at it fetches the code; focusing or pressing it
 * puts the real control in its place. A press (or Enter) that came before the code is passed on to the
 * real control once it is on the page, and focus moves across with it, so
 * nothing the user did is lost and the keyboard works throughout. The real
 * control is drawn only once its code is here (no Suspense), so it mounts at
 * once, in the stand-in's place.
 */
export function LazyTrigger<Loaded>({ load, standIn, children, eager = false }: LazyTriggerProps<Loaded>) {
  const [loaded, setLoaded] = useState<{ value: Loaded } | null>(null);
  const loading = useRef<Promise<Loaded> | null>(null);
  const wanted = useRef(false);
  const box = useRef<HTMLSpanElement>(null);
  const focused = useRef(false);
  const pressed = useRef(false);

  // A chunk that failed to load (offline, a new deploy) is asked for again on the next intent.
  const fetchCode = () =>
    (loading.current ??= load().catch((error: unknown) => {
      loading.current = null;
      throw error;
    }));
  // Pointing at it only fetches the code: the stand-in stays under the pointer, so the click lands where it aims.
  const preload = () => void fetchCode().catch(() => undefined);
  const want = () => {
    if (wanted.current) return;
    wanted.current = true;
    fetchCode().then(
      (value) => setLoaded({ value }),
      () => {
        wanted.current = false;
      },
    );
  };
  useEffect(() => {
    if (eager) want();
  });

  useEffect(() => {
    if (!loaded) return;
    const control = box.current?.querySelector<HTMLElement>('button, a[href], [tabindex]');
    // Focus went with the stand-in (and nowhere else since): it moves to the real control.
    if (focused.current && (!document.activeElement || document.activeElement === document.body)) control?.focus();
    if (pressed.current) control?.click();
    focused.current = false;
    pressed.current = false;
  }, [loaded]);

  if (loaded)
    return (
      <span ref={box} className="lazy-trigger">
        {children(loaded.value)}
      </span>
    );
  return (
    <span ref={box} className="lazy-trigger">
      <StandIn
        element={standIn}
        handlers={{
          onPointerEnter: preload,
          onPointerDown: (event: PointerEvent) => {
            // A press under way when the code arrives would lose its click to the stand-in: pass it on instead.
            if (event.button === 0) pressed.current = true;
            want();
          },
          onFocus: () => {
            focused.current = true;
            want();
          },
          onBlur: (event: FocusEvent) => {
            // Focus moved to another control (not lost because the stand-in is being replaced).
            if (event.relatedTarget) focused.current = false;
          },
          onClick: (event: MouseEvent) => {
            event.preventDefault();
            pressed.current = true;
            want();
          },
        }}
      />
    </span>
  );
}
