import { useRouter } from '@tanstack/react-router';

/** Tries a page that failed to load again: its loaders run anew and its error state clears. */
export function RetryButton() {
  const router = useRouter();
  return (
    <button type="button" className="button button--primary" onClick={() => void router.invalidate()}>
      Retry
    </button>
  );
}
