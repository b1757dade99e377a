import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { sessionQueryOptions } from '../../api/session';
import { may } from '../../domain/permissions';
import './audit.css';

/** Activity's two views: account changes, and (for those who may read the audit log) staff and sign-in events. */
export function ActivityTabs() {
  const session = useQuery(sessionQueryOptions());
  if (!session.data || !may(session.data.staff.role, 'read-audit')) return null;
  return (
    <nav className="activity-tabs" aria-label="Activity views">
      <Link
        to="/activity"
        className="activity-tabs__tab"
        activeOptions={{ exact: true }}
        activeProps={{ 'aria-current': 'page' }}
      >
        Account changes
      </Link>
      <Link to="/activity/staff" className="activity-tabs__tab" activeProps={{ 'aria-current': 'page' }}>
        Staff and sign-in events
      </Link>
    </nav>
  );
}
