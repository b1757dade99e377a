import { useRouter } from '@tanstack/react-router';
import { useRef, type MouseEvent, type ReactNode } from 'react';

/**
 * The link from a card or list row to its account's page, as the router's <Link> does it but with none of its
 * per-link work: <Link> builds its location and subscribes to the router's state on every render, which at the
 * dozens of cards mounted in each scroll step was a sixth of a board's rendering (issue 7: scroll 5,000 loaded
 * accounts with no long task). It is a plain <a href>, so middle-click, ctrl/cmd-click and "open in new tab"
 * stay the browser's; a plain click navigates in the app, and hover, focus or touch preload the page (the
 * router's defaultPreload 'intent', after its defaultPreloadDelay).
 */
export function AccountLink({
  accountNumber,
  className,
  title,
  children,
}: {
  accountNumber: string;
  className?: string;
  title?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const destination = { to: '/accounts/$accountNumber', params: { accountNumber } } as const;
  const preload = () => {
    void router.preloadRoute(destination).catch(() => undefined);
  };
  const cancel = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
  };
  const preloadSoon = () => {
    if (pending.current !== undefined) return;
    pending.current = setTimeout(() => {
      pending.current = undefined;
      preload();
    }, router.options.defaultPreloadDelay ?? 50);
  };
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    cancel();
    void router.navigate(destination);
  };
  return (
    <a
      href={router.history.createHref(`/accounts/${encodeURIComponent(accountNumber)}`)}
      className={className}
      title={title}
      onClick={open}
      onMouseEnter={preloadSoon}
      onFocus={preloadSoon}
      onMouseLeave={cancel}
      onBlur={cancel}
      onTouchStart={preload}
    >
      {children}
    </a>
  );
}
