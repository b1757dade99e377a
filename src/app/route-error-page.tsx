import type { ErrorComponentProps } from '@tanstack/react-router';
import { StatusPanel } from '../components/status-panel';
import { RetryButton } from '../components/retry-button';

/** The last line of defence: a page that failed renders this, never a blank screen. */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  return (
    <section className="page">
      <h1>Something went wrong</h1>
      <StatusPanel tone="error" title="This page could not be shown" action={<RetryButton />}>
        {error instanceof Error ? error.message : 'An unexpected error occurred.'}
      </StatusPanel>
    </section>
  );
}
