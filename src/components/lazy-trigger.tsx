import {
  cloneElement,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import './lazy-trigger.css';

type StandInProps = {
  onPointerEnter?: (event: MouseEvent) => void;
  onPointerDown?: (event: MouseEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
  onClick?: (event: MouseEvent) => void;
};

/** Runs once the lazily loaded control beside it is on the page (effects in a Suspense boundary wait for it). */
function Arrived({ onArrive }: { onArrive: () => void }) {
  useEffect(onArrive, [onArrive]);
  return null;
}

interface LazyTriggerProps {
  /** Starts loading the control's code (an `import()`; called again, the browser answers from its module map). */
  load: () => Promise<unknown>;
  /** The control as it looks before its code is here: the same element, name and look (a plain button). */
  standIn: ReactElement<StandInProps>;
  /** The real control, a `lazy()` component: drawn once it is wanted. */
  children: ReactNode;
  /** Load now, without waiting for intent (a bulk action once something is selected). */
  eager?: boolean;
}

/**
 * A control whose code stays out of the first page: until it is wanted a
 * stand-in is drawn, and pointing at it, focusing it or pressing it loads the
 * real one. A click (or Enter) that came before the code is passed on to the
 * real control once it is on the page, and focus moves across with it, so
 * nothing the user did is lost and the keyboard works throughout.
 */
export function LazyTrigger({ load, standIn, children, eager = false }: LazyTriggerProps) {
  const [wanted, setWanted] = useState(eager);
  if (eager && !wanted) setWanted(true);
  const box = useRef<HTMLSpanElement>(null);
  const focused = useRef(false);
  const clicked = useRef(false);

  const want = () => {
    void load();
    setWanted(true);
  };
  const standInElement = cloneElement(standIn, {
    onPointerEnter: want,
    onPointerDown: want,
    onFocus: () => {
      focused.current = true;
      want();
    },
    onBlur: () => {
      focused.current = false;
    },
    onClick: (event: MouseEvent) => {
      event.preventDefault();
      clicked.current = true;
      want();
    },
  });

  // Reads only refs, so one function serves every render: Arrived's effect runs once, when the control arrives.
  const arrive = useCallback(() => {
    const control = box.current?.querySelector<HTMLElement>('button, a[href], [tabindex]');
    if (focused.current) control?.focus();
    if (clicked.current) control?.click();
    focused.current = false;
    clicked.current = false;
  }, []);

  return (
    <span ref={box} className="lazy-trigger">
      {wanted ? (
        <Suspense fallback={standInElement}>
          {children}
          <Arrived onArrive={arrive} />
        </Suspense>
      ) : (
        standInElement
      )}
    </span>
  );
}
