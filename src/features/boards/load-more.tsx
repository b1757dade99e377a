import { useEffect, useEffectEvent, useRef } from 'react';
import { formatCount } from '../../components/format';

interface LoadMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoadMore: () => void;
}

/**
 * Boards load a page at a time. Scrolling near the end loads the next page
 * by itself; the button does the same from the keyboard, and after a failure.
 */
export function LoadMore({ shown, total, hasMore, loading, failed, onLoadMore }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const loadNext = useEffectEvent(onLoadMore);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || failed || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadNext();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, failed, shown]);

  if (total === 0) return null;
  return (
    <div className="load-more" ref={sentinel}>
      <p className="muted numeric" aria-live="polite">
        Showing {formatCount(shown)} of {formatCount(total)}
      </p>
      {failed ? <p role="alert">The next accounts could not be loaded.</p> : null}
      {hasMore ? (
        <button type="button" className="button" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Loading…' : failed ? 'Retry' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
