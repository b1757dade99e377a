import type { MiddlewareHandler } from 'hono';
import { isAccountNumber } from '../store/account-number';
import { ProblemError } from './problem';

/** Routes on the whole set of accounts that sit where an account number would (see bulk-routes, export-routes). */
const collectionRoutes = new Set(['bulk', 'export.csv']);

/**
 * A path segment where an account number belongs is checked before anything
 * reads it: no NUL (which PostgreSQL refuses with an error), markup or
 * kilobytes of text reach the store or a response. Anything that is not an
 * account number names no account: 404, as for a missing one. Only the
 * collection routes themselves pass (`/accounts/bulk`, not `/accounts/bulk/history`).
 */
export const guardAccountNumber: MiddlewareHandler = async (c, next) => {
  const accountNumber = c.req.param('accountNumber');
  const collection =
    accountNumber !== undefined && collectionRoutes.has(accountNumber) && /\/accounts\/[^/]+\/?$/.test(c.req.path);
  if (accountNumber !== undefined && !isAccountNumber(accountNumber) && !collection)
    throw new ProblemError(404, 'Account not found', { detail: 'There is no account with this number.' });
  await next();
};
