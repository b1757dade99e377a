import './zod-messages';
import { Hono, type HonoRequest } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiPrefix } from '../../src/api/contract';
import type { AccountStore, Scope } from '../store/account-record';
import type { Role } from '../../src/domain/permissions';
import { accountRoutes } from './account-routes';
import { bulkRoutes } from './bulk-routes';
import { exportRoutes } from './export-routes';
import { auditRoutes } from './audit-routes';
import { MemoryTeamStore, type TeamStore } from './team-store';
import { teamRoutes } from './team-routes';
import { teamsRoutes } from './teams-routes';
import { standInConsoleUrl } from './console-url';
import { MemoryConsoleAccess, type ConsoleAccessStore } from './console-access';
import { historyRoutes } from './history-routes';
import { activityRoutes } from './activity-routes';
import { alertsRoutes } from './alerts-routes';
import { insightsRoutes } from './insights-routes';
import { mountRedeem, openAccountRoutes } from './open-account-routes';
import { newTokenSecret } from './open-account-token';
import { lifecycleRoutes } from './lifecycle-routes';
import type { ConsoleUrlFor } from './present-account';
import { guardAccountNumber } from './account-number-guard';
import { isJsonMediaType } from './media-type';
import { ProblemError, notJson, problemResponse } from './problem';
import { checkEveryRouteHasAnEntry, enforcePermissions } from './route-permissions';
import { assignmentRoutes } from './assignment-routes';
import { dayOf, type IsoDay } from '../../src/domain/calendar';

export type Clock = () => Date;

/**
 * Who is asking: a staff member of one MSP, with their role. It is the
 * store's scope as it is: the role limits which accounts every read and
 * write sees (roleVisibility in src/domain/permissions.ts).
 */
export interface Actor extends Scope {
  staffEmail: string;
  staffId: string;
  role: Role;
  /** A Set-Cookie header the answer must carry: authentication gave the session a new id (server/auth). */
  setCookie?: string;
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
  /** "Open account" tokens and the audit log (in memory unless given). */
  consoleAccess?: ConsoleAccessStore;
  /** Signs "Open account" tokens; random per app unless given (several processes must share one). */
  tokenSecret?: Uint8Array<ArrayBuffer>;
  /** The MSP's staff and invites for the Team page (in memory, empty, unless given). */
  team?: TeamStore;
  /**
   * Brings the store up to the request's day before answering. Only the demo
   * sets it: in the browser nothing else runs to do it. Live mode settles on
   * its own timer (server/node/settlement-schedule.ts), never in a request.
   */
  settleBeforeEachRequest?: (today: IsoDay) => Promise<void>;
}

export interface ApiEnv {
  Variables: {
    store: AccountStore;
    clock: Clock;
    consoleUrlFor: ConsoleUrlFor;
    actor: Actor;
    consoleAccess: ConsoleAccessStore;
    tokenSecret: Uint8Array<ArrayBuffer>;
    team: TeamStore;
  };
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
  consoleAccess = new MemoryConsoleAccess(),
  tokenSecret = newTokenSecret(),
  team = new MemoryTeamStore(),
  settleBeforeEachRequest,
}: ApiAppOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>().basePath(apiPrefix);

  app.use(async (c, next) => {
    await next();
    // Every answer of the API is about one MSP's customers or its staff: no cache, shared or private, keeps it.
    // Set on the answer's own headers: c.header() on a finished answer copies it into a streamed one, which
    // costs the Node server its fast path for a body it already has as text.
    try {
      c.res.headers.set('Cache-Control', 'no-store');
    } catch {
      c.header('Cache-Control', 'no-store');
    }
  });
  app.use(async (c, next) => {
    c.set('store', store);
    c.set('clock', clock);
    c.set('consoleUrlFor', consoleUrlFor);
    c.set('consoleAccess', consoleAccess);
    c.set('tokenSecret', tokenSecret);
    c.set('team', team);
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => problemResponse(413, 'Request body too large', { detail: `The limit is ${MAX_BODY_BYTES} bytes.` }),
  });
  // A GET or HEAD has no body to limit; asking for it would make the Node server build a whole Request.
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // A body must say it is JSON; a Content-Type that is not JSON is refused even on a body-less action,
      // since that is what a cross-site form or a no-preflight fetch sends.
      const type = c.req.header('Content-Type');
      if (type !== undefined) {
        if (!isJsonMediaType(type)) throw notJson();
      } else if (await carriesBody(c.req)) throw notJson();
    }
    await next();
  });
  app.use('/accounts/:accountNumber/*', guardAccountNumber);
  app.use('/accounts/:accountNumber', guardAccountNumber);

  publicRoutes?.(app);
  mountRedeem(app);
  app.use(async (c, next) => {
    const actor = await authenticate(c.req.raw);
    if (!actor)
      return problemResponse(401, 'Sign in to continue', {
        detail: 'Your session has ended or you are not signed in.',
      });
    c.set('actor', actor);
    await next();
    if (actor.setCookie) c.res.headers.append('Set-Cookie', actor.setCookie);
  });
  app.use(enforcePermissions);
  if (settleBeforeEachRequest)
    app.use(async (_c, next) => {
      await settleBeforeEachRequest(dayOf(clock()));
      await next();
    });

  // Before accountRoutes: /accounts/bulk and /accounts/export.csv are not account numbers.
  app.route('/', bulkRoutes);
  app.route('/', exportRoutes);
  app.route('/', accountRoutes);
  app.route('/', lifecycleRoutes);
  app.route('/', historyRoutes);
  app.route('/', activityRoutes);
  app.route('/', alertsRoutes);
  app.route('/', insightsRoutes);
  app.route('/', openAccountRoutes);
  app.route('/', assignmentRoutes);
  app.route('/', auditRoutes);
  app.route('/', teamRoutes);
  app.route('/', teamsRoutes);
  extend?.(app);
  checkEveryRouteHasAnEntry(app.routes);

  // The path is not echoed: it is the caller's text (markup, any length), and the caller knows it.
  app.notFound(() => problemResponse(404, 'Not found', { detail: 'There is no API resource at this address.' }));
  app.onError((error) => {
    if (error instanceof ProblemError) return error.toResponse();
    console.error(error);
    return problemResponse(500, 'Something went wrong on our side', {
      detail: 'The request could not be completed. Try again in a moment.',
    });
  });
  return app;
}

/**
 * Whether a request has a body. Over HTTP, fetch sends Content-Length: 0 for none; a request handed over by
 * MSW or a chunked one has no length, so its stream is read (Hono keeps what it read for the route).
 */
async function carriesBody(request: HonoRequest): Promise<boolean> {
  const length = request.header('Content-Length');
  if (length !== undefined) return length !== '0';
  if (request.raw.body === null) return false;
  return (await request.arrayBuffer()).byteLength > 0;
}
