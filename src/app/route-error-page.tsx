import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { StatusPanel } from '../components/status-panel';

/** The last line of defence: a page that failed renders this, never a blank screen. */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <section className="page">
      <h1>Something went wrong</h1>
      <StatusPanel
        tone="error"
        title="This page could not be shown"
        action={
          <button type="button" className="button button--primary" onClick={() => void router.invalidate()}>
            Retry
          </button>
        }
      >
        {error instanceof Error ? error.message : 'An unexpected error occurred.'}
      </StatusPanel>
    </section>
  );
}
