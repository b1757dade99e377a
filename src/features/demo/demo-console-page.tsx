import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { accountQueryOptions } from '../../api/accounts';
import { formatCount } from '../../components/format';

const route = getRouteApi('/demo-console/$accountNumber');

/** Stands in for the customer's own console, which "Open account" signs the MSP into. */
export function DemoConsolePage() {
  const { accountNumber } = route.useParams();
  const { data: account } = useSuspenseQuery(accountQueryOptions(accountNumber));
  return (
    <section className="demo-console">
      <p className="muted">Demo: the customer&apos;s console</p>
      <h1>{account.organizationName}</h1>
      <p>
        Signed in to account <strong>{account.accountNumber}</strong> as the MSP, without separate credentials. In live
        mode this opens the customer&apos;s own console; it monitors {formatCount(account.monitoredUsers)} users.
      </p>
      <p>
        <Link to="/paid">Back to the Command Center</Link>
      </p>
    </section>
  );
}
