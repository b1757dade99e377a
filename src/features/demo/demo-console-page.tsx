import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { accountQueryOptions } from '../../api/accounts';
import { config } from '../../api/config';
import { formatCount } from '../../components/format';

const route = getRouteApi('/_authenticated/demo-console/$accountNumber');

/** Stands in for the customer's own console, which "Open account" signs the MSP into. */
export function DemoConsolePage() {
  const { accountNumber } = route.useParams();
  const { data: account } = useSuspenseQuery(accountQueryOptions(accountNumber));
  return (
    <section className="demo-console">
      <p className="muted">
        {config.demoMode ? "Demo: the customer's console" : "Stand-in for the customer's console"}
      </p>
      <h1>{account.organizationName}</h1>
      <p>
        Signed in to account <strong>{account.accountNumber}</strong> as the MSP, without separate credentials. It
        monitors {formatCount(account.monitoredUsers)} users.
      </p>
      <p className="muted">
        {config.demoMode
          ? "In a deployment, Open account leads to the product's own console instead of this page."
          : "Set CUSTOMER_CONSOLE_URL on the server to lead Open account to the product's own console."}
      </p>
      <p>
        <Link to="/paid">Back to the Command Center</Link>
      </p>
    </section>
  );
}
