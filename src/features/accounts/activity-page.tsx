import { useInfiniteQuery } from '@tanstack/react-query';
import { fleetActivityQueryOptions } from '../../api/accounts';
import { PagedHistory } from './paged-history';

/** Every change to every account, newest first: the fleet's audit trail. */
export function ActivityPage() {
  const history = useInfiniteQuery(fleetActivityQueryOptions());
  return (
    <section className="page">
      <header>
        <h1>Activity</h1>
        <p className="muted">Every change to every account, newest first: who made it, what it did, what it charged.</p>
      </header>
      <PagedHistory history={history} caption="Activity across the fleet" showAccount emptyText="No changes yet" />
    </section>
  );
}
