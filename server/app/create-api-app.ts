import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiPrefix } from '../../src/api/contract';
import type { AccountStore } from '../store/account-record';
import { accountRoutes } from './account-routes';
import type { ConsoleUrlFor } from './present-account';
import { ProblemError, problemResponse } from './problem';

export type Clock = () => Date;

export interface ApiAppOptions {
  store: AccountStore;
  clock?: Clock;
  consoleUrlFor?: ConsoleUrlFor;
  /** Routes that exist only in one deployment (the demo controls), mounted under the API prefix. */
  extend?: (api: Hono) => void;
}

export interface ApiEnv {
  Variables: { store: AccountStore; clock: Clock; consoleUrlFor: ConsoleUrlFor };
}

const MAX_BODY_BYTES = 16 * 1024;

/**
 * The API's whole behaviour as a fetch-style application: a Request in, a
 * Response out. MSW hands it requests in demo mode and in tests; the live
 * server hosts the very same application over a SQL store.
 */
export function createApiApp({
  store,
  clock = () => new Date(),
  consoleUrlFor = (accountNumber) => `/demo-console/${encodeURIComponent(accountNumber)}`,
  extend,
}: ApiAppOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>().basePath(apiPrefix);

  app.use(async (c, next) => {
    c.set('store', store);
    c.set('clock', clock);
    c.set('consoleUrlFor', consoleUrlFor);
    await next();
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => problemResponse(413, 'Request body too large', { detail: `The limit is ${MAX_BODY_BYTES} bytes.` }),
    }),
  );

  app.route('/', accountRoutes);
  extend?.(app as unknown as Hono);

  app.notFound((c) => problemResponse(404, 'Not found', { detail: `No API resource at ${c.req.path}.` }));
  app.onError((error) => {
    if (error instanceof ProblemError) return error.toResponse();
    console.error(error);
    return problemResponse(500, 'Something went wrong on our side', {
      detail: 'The request could not be completed. Try again in a moment.',
    });
  });
  return app;
}
