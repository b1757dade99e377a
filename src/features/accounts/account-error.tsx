import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../../api/client';
import { StatusPanel } from '../../components/status-panel';
import { RetryButton } from '../../components/retry-button';

/** An account that is gone (deleted for good, or a mistyped number) says so; other failures offer a retry. */
export function AccountError({ error }: ErrorComponentProps) {
  if (error instanceof ApiError && error.status === 404)
    return (
      <section className="page">
        <h1>Account not found</h1>
        <StatusPanel
          tone="empty"
          title="There is no account with this number"
          action={<Link to="/paid">Go to the Dashboard</Link>}
        >
          It may have been deleted for good after its retention period, or the number is mistyped.
        </StatusPanel>
      </section>
    );
  return (
    <section className="page">
      <h1>Account</h1>
      <StatusPanel tone="error" title="This account could not be loaded" action={<RetryButton />}>
        {error instanceof Error ? error.message : 'Something unexpected went wrong.'}
      </StatusPanel>
    </section>
  );
}
