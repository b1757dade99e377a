import { useQuery } from '@tanstack/react-query';
import { Link, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { summaryQueryOptions } from '../../api/accounts';
import { config } from '../../api/config';
import { sessionQueryOptions } from '../../api/session';
import { may } from '../../domain/permissions';
import type { BoardStatus } from '../../domain/account-status';
import { formatCount } from '../../components/format';
import { boardViews, type BoardView } from '../../stores/view-preference-store';
import './summary.css';
import { whenIdle } from '../../components/when-idle';

const links: ReadonlyArray<{ to: '/paid' | '/trials' | '/expired'; label: string; status: BoardStatus }> = [
  { to: '/paid', label: 'Paid Subscriptions', status: 'paid' },
  { to: '/trials', label: 'Active Trials', status: 'trial' },
  { to: '/expired', label: 'Expired Trials', status: 'expired' },
];

/** The view the current URL chose, if any: carried to the next board so a chosen list stays a list. */
function useViewInUrl(): BoardView | undefined {
  return useRouterState({
    select: (state) => {
      const view = (state.location.search as { view?: unknown }).view;
      return boardViews.find((known) => known === view);
    },
  });
}

/**
 * On a board, once it has loaded and the browser is idle, the other boards' first pages are fetched the way a hover
 * of their links would (the router's preload: their loaders, their queries), so that a switch of board draws from
 * the cache instead of waiting for the demo's API (issue 9: a switch at 50,000 accounts under 200 ms, where the
 * Worker takes tens of milliseconds a board). A board already in the cache is not fetched again; one a write
 * invalidated is. Demo mode only: live, a switch keeps asking the server, whose answer is also where a session that
 * ended meanwhile is noticed (and sends to sign-in) on the switch itself.
 */
function PreloadOtherBoards({ view }: { view: BoardView | undefined }): null {
  const router = useRouter();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const loading = useRouterState({ select: (state) => state.isLoading });
  useEffect(() => {
    if (loading || !links.some((link) => link.to === pathname)) return;
    const preload = () => {
      for (const link of links)
        if (link.to !== pathname)
          // A failed preload is a switch that fetches as it did before: nothing to show for it here.
          router.preloadRoute({ to: link.to, search: view ? { view } : {} }).catch(() => undefined);
    };
    return whenIdle(preload);
  }, [router, pathname, loading, view]);
  return null;
}

/** The Dashboard navigation: one link a board, each with the board's size. */
export function DashboardNav() {
  const summary = useQuery(summaryQueryOptions());
  const session = useQuery(sessionQueryOptions());
  const view = useViewInUrl();
  return (
    <nav className="dashboard-nav" aria-label="Dashboard">
      {/* Mounted in the demo only, so that live the navigation follows the router no more often than it did. */}
      {config.demoMode ? <PreloadOtherBoards view={view} /> : null}
      <p className="dashboard-nav__title" aria-hidden="true">
        Dashboard
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              search={view ? { view } : {}}
              className="dashboard-nav__link"
              activeProps={{ 'aria-current': 'page' }}
            >
              <span className="dashboard-nav__label">{link.label}</span>
              {summary.data ? (
                <span className="dashboard-nav__count numeric">{formatCount(summary.data.counts[link.status])}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      <p className="dashboard-nav__title" aria-hidden="true">
        Lifecycle
      </p>
      <ul>
        <li>
          <Link to="/removed" className="dashboard-nav__link" activeProps={{ 'aria-current': 'page' }}>
            <span className="dashboard-nav__label">Removed and cancelled</span>
            {summary.data ? (
              <span className="dashboard-nav__count numeric">{formatCount(summary.data.ended)}</span>
            ) : null}
          </Link>
        </li>
        <li>
          <Link to="/activity" className="dashboard-nav__link" activeProps={{ 'aria-current': 'page' }}>
            <span className="dashboard-nav__label">Activity</span>
          </Link>
        </li>
        <li>
          <Link to="/insights" className="dashboard-nav__link" activeProps={{ 'aria-current': 'page' }}>
            <span className="dashboard-nav__label">Insights</span>
          </Link>
        </li>
      </ul>
      <p className="dashboard-nav__title" aria-hidden="true">
        Access
      </p>
      <ul>
        {session.data && may(session.data.staff.role, 'manage-staff') ? (
          <li>
            <Link to="/team" className="dashboard-nav__link" activeProps={{ 'aria-current': 'page' }}>
              <span className="dashboard-nav__label">Team</span>
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/profile" className="dashboard-nav__link" activeProps={{ 'aria-current': 'page' }}>
            <span className="dashboard-nav__label">Your sign-in</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
