import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { accountQueryOptions } from '../../api/accounts';
import { config } from '../../api/config';

const route = getRouteApi('/_authenticated/demo-console/$accountNumber');

/**
 * Where "Open account" leads when no customer console is configured. It says
 * so, and nothing more: no console was opened and nobody was signed in to one.
 */
export function DemoConsolePage() {
  const { accountNumber } = route.useParams();
  const { data: account } = useSuspenseQuery(accountQueryOptions(accountNumber));
  return (
    <section className="demo-console page">
      <h1>No customer console is configured</h1>
      <p>
        Open account would take you into the customer console of <strong>{account.organizationName}</strong> (account{' '}
        {account.accountNumber}), but this {config.demoMode ? 'demo' : 'server'} has no customer console to open.
      </p>
      <p className="muted">
        {config.demoMode
          ? 'The demo runs without one. A live server leads Open account to the console set in CUSTOMER_CONSOLE_URL.'
          : 'Set CUSTOMER_CONSOLE_URL on the server (a URL with {accountNumber} in it) to lead Open account there.'}
      </p>
      <p>
        <Link to="/accounts/$accountNumber" params={{ accountNumber: account.accountNumber }}>
          Back to {account.organizationName}
        </Link>
      </p>
    </section>
  );
}
