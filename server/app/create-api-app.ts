import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiPrefix } from '../../src/api/contract';
import type { AccountStore } from '../store/account-record';
import { accountRoutes } from './account-routes';
import { standInConsoleUrl } from './console-url';
import { historyRoutes } from './history-routes';
import { lifecycleRoutes } from './lifecycle-routes';
import type { ConsoleUrlFor } from './present-account';
import { ProblemError, problemResponse } from './problem';
import { dayOf, type IsoDay } from '../../src/domain/calendar';

export type Clock = () => Date;

/** Who is asking: a staff member of one MSP. */
export interface Actor {
  mspId: string;
  staffEmail: string;
}

export interface ApiAppOptions {
  store: AccountStore;
  clock?: Clock;
  consoleUrlFor?: ConsoleUrlFor;
  /** Who sent the request, or null when nobody is signed in (answered with 401). */
  authenticate: (request: Request) => Promise<Actor | null>;
  /** Routes anyone may call (signing in), mounted before authentication. */
  publicRoutes?: (api: Hono<ApiEnv>) => void;
  /** Routes that exist only in one deployment (the demo controls), mounted after authentication. */
  extend?: (api: Hono<ApiEnv>) => void;
  /**
   * Brings the store up to the request's day before answering. Only the demo
   * sets it: in the browser nothing else runs to do it. Live mode settles on
   * its own timer (server/node/settlement-schedule.ts), never in a request.
   */
  settleBeforeEachRequest?: (today: IsoDay) => Promise<void>;
}

export interface ApiEnv {
  Variables: { store: AccountStore; clock: Clock; consoleUrlFor: ConsoleUrlFor; actor: Actor };
}

export const MAX_BODY_BYTES = 16 * 1024;

/**
 * The API's whole behaviour as a fetch-style application: a Request in, a
 * Response out. MSW hands it requests in demo mode and in tests; the live
 * server hosts the very same application over a SQL store.
 */
export function createApiApp({
  store,
  clock = () => new Date(),
  consoleUrlFor = standInConsoleUrl,
  authenticate,
  publicRoutes,
  extend,
  settleBeforeEachRequest,
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
      onError: () =>
        problemResponse(413, 'Request body too large', { detail: `The limit is ${MAX_BODY_BYTES} bytes.` }),
    }),
  );
  app.use(async (c, next) => {
    if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
      const type = c.req.header('Content-Type') ?? '';
      const length = c.req.header('Content-Length');
      const hasBody = length !== undefined ? length !== '0' : type !== '';
      if (hasBody && !type.includes('application/json'))
        throw new ProblemError(415, 'Send JSON', { detail: 'The request body must be application/json.' });
    }
    await next();
  });

  publicRoutes?.(app);
  app.use(async (c, next) => {
    const actor = await authenticate(c.req.raw);
    if (!actor)
      return problemResponse(401, 'Sign in to continue', {
        detail: 'Your session has ended or you are not signed in.',
      });
    c.set('actor', actor);
    await next();
  });
  if (settleBeforeEachRequest)
    app.use(async (_c, next) => {
      await settleBeforeEachRequest(dayOf(clock()));
      await next();
    });

  app.route('/', accountRoutes);
  app.route('/', lifecycleRoutes);
  app.route('/', historyRoutes);
  extend?.(app);

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
