import { Link, Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { config } from '../api/config';
import { useMay } from '../api/permissions';
import { ActionNotice } from '../features/accounts/action-notice';
import { AddCustomerButton } from '../features/add-customer/add-customer-button';
import { ConnectionBanner } from '../features/connection/connection-banner';
import { SessionControl } from '../features/auth/session-control';
import { ActiveUsersTotal } from '../features/summary/active-users-total';
import { DashboardNav } from '../features/summary/dashboard-nav';
import { NextInvoiceTotal } from '../features/summary/next-invoice-total';
import { ScopeNote } from '../features/summary/scope-note';
import { ThemeToggle } from '../features/theme/theme-toggle';
import { AlertsPanel } from '../features/watch/alerts-panel';
import './shell.css';

// Demo mode only: live mode never loads the demo's controls.
const DemoControls = lazy(() =>
  import('../features/demo/demo-controls').then((module) => ({ default: module.DemoControls })),
);

/** The frame of every signed-in page: the header with the billable total, the Dashboard navigation, the page. */
export function RootLayout() {
  const may = useMay();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        {/* Named by its text, which a phone hides from the eye only: the logo alone still says where it leads. */}
        <Link to="/paid" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand__name">MSP Command Center</span>
        </Link>
        {config.demoMode ? (
          <span className="demo-badge" title="Running offline on generated demo data">
            Demo
          </span>
        ) : null}
        <div className="topbar__figures">
          <ActiveUsersTotal />
          <NextInvoiceTotal />
          <ScopeNote />
        </div>
        <div className="topbar__add">{may('add-customer') ? <AddCustomerButton /> : null}</div>
        <div className="topbar__end">
          <AlertsPanel />
          <ThemeToggle />
          <SessionControl />
        </div>
      </header>
      <ConnectionBanner />
      {config.demoMode ? (
        <Suspense fallback={null}>
          <DemoControls />
        </Suspense>
      ) : null}
      <div className="shell__body">
        <aside className="shell__sidebar">
          <DashboardNav />
        </aside>
        <main id="main" className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <ActionNotice />
    </div>
  );
}
