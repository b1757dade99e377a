import { ActivityTabs } from './activity-tabs';
import { StaffEvents } from './staff-events';

/** /activity/staff: the audit log's staff administration and sign-in events, exportable. */
export function StaffEventsPage() {
  return (
    <>
      <ActivityTabs />
      <section className="page">
        <header>
          <h1>Staff and sign-in events</h1>
        </header>
        <StaffEvents />
      </section>
    </>
  );
}
