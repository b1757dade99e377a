import { ActivityPage } from '../features/accounts/activity-page';
import { ActivityTabs } from '../features/audit/activity-tabs';

/** Activity's account changes under the tabs that lead to the staff and sign-in events (one lazy chunk). */
export function ActivityWithTabs() {
  return (
    <>
      <ActivityTabs />
      <ActivityPage />
    </>
  );
}
