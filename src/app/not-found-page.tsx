import { Link } from '@tanstack/react-router';
import { StatusPanel } from '../components/status-panel';

export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <StatusPanel
        tone="empty"
        title="There is nothing at this address"
        action={<Link to="/paid">Go to the Dashboard</Link>}
      >
        The link may be old, or mistyped.
      </StatusPanel>
    </section>
  );
}
