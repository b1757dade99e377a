import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { sql } from 'kysely';
import { createApiApp, type Clock } from '../app/create-api-app';
import { problemResponse } from '../app/problem';
import type { ConsoleUrlFor } from '../app/present-account';
import { sessionAuthenticator } from '../auth/authenticate';
import { sessionRoutes } from '../auth/session-routes';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { StaffDirectory } from '../auth/staff-directory';
import { StaffAccess } from '../auth/staff-access';
import { setupRoutes } from '../auth/setup-routes';
import { inviteRoutes } from '../auth/invite-routes';
import { ownAccountRoutes } from '../auth/own-account-routes';
import { SqlTeamStore } from '../sql/sql-team-store';
import { randomInt } from 'node:crypto';
import { openDatabase, type DatabaseLocation } from '../sql/database';
import { migrateToLatest } from '../sql/migrate';
import { SqlConsoleAccess } from '../sql/sql-console-access';
import { SqlStore } from '../sql/sql-store';
import { withReadCache } from '../store/cached-account-store';
import { startSettlementSchedule } from './settlement-schedule';
import { seedOnFirstStart } from '../seed/first-start';
import { compressJson } from './compress-json';
import { firstBoardVariant, firstBoardVariants } from './first-board-preload';
import { sessionTokenFromRequest } from '../auth/session-cookie';
import { securityHeaders } from './security-headers';
import { loadStaticSite, negotiate, type StaticSite } from './static-site';

export interface LiveServerOptions {
  database: DatabaseLocation;
  port: number;
  hostname?: string;
  /** The built console; null to serve the API alone (tests, the benchmark). */
  distDir: string | null;
  clock?: Clock;
  /**
   * Seed the two sample MSPs on a new database (SAMPLE_DATA=1; default off: a
   * new database opens the one-time setup page instead).
   */
  sampleData?: boolean;
  /** Where "Open account" leads (see console-url.ts); the built-in stand-in page when unset. */
  consoleUrlFor?: ConsoleUrlFor;
  /**
   * Behind a proxy (TRUST_PROXY=1): the client is the last address in X-Forwarded-For, the one the
   * proxy appended. Off, it is the connection's address (a client could write any X-Forwarded-For).
   */
  trustProxy?: boolean;
  /** Signs "Open account" tokens (OPEN_ACCOUNT_SECRET); random per process when unset. */
  tokenSecret?: Uint8Array<ArrayBuffer>;
}

/** Who is signing in, for the sign-in limits: an IP address, or "unknown". */
function clientAddressOf(trustProxy: boolean) {
  return (c: Context): string => {
    if (trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded.slice(0, 64);
    }
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    return incoming?.socket.remoteAddress ?? 'unknown';
  };
}

/** "K7QF-M2XD": 8 letters and digits that cannot be misread (no 0/O, 1/I/L), about 40 bits. */
function newSetupCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const pick = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** A request that changes something must come from the console's own origin (defence in depth beside SameSite). */
function isCrossOrigin(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const origin = request.headers.get('Origin');
  if (!origin) return false;
  try {
    // Behind a proxy that rewrites Host, the host the browser used arrives as X-Forwarded-Host.
    const hosts = [request.headers.get('Host'), request.headers.get('X-Forwarded-Host'), new URL(request.url).host];
    return !hosts.includes(new URL(origin).host);
  } catch {
    return true;
  }
}

function serveSite(site: StaticSite | null, request: Request): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  if (!site) return new Response('The console is not built: run npm run build.\n', { status: 404 });
  const url = new URL(request.url);
  // Signed in (a session cookie, live or not: the API decides), a board's page preloads what the board asks for
  // first; signed out, nothing is asked that would only answer 401.
  const signedIn = sessionTokenFromRequest(request) !== null;
  const file = site(url.pathname, signedIn ? firstBoardVariant(url) : null);
  if (!file)
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const sent = negotiate(file, request.headers.get('Accept-Encoding'));
  // The page (and its preloads) depends on the cookie: a cache must not hand a signed-in variant to anyone else.
  if (file.headers['Content-Security-Policy']) sent.headers = { ...sent.headers, Vary: 'Accept-Encoding, Cookie' };
  if (request.headers.get('If-None-Match') === sent.headers.ETag)
    return new Response(null, { status: 304, headers: sent.headers });
  return new Response(request.method === 'HEAD' ? null : sent.body, { headers: sent.headers });
}

/**
 * The whole product in one process: the API application over the SQL store,
 * behind staff sessions, and the built console beside it on the same origin.
 */
export async function startLiveServer(options: LiveServerOptions) {
  const clock = options.clock ?? (() => new Date());
  const database = await openDatabase(options.database);
  try {
    const ran = await migrateToLatest(database.db);
    // PGlite runs no autovacuum: without this, a database's planner statistics would be those of no ANALYZE ever,
    // and a migration's new indexes would be weighed against tables the planner thinks empty. On PostgreSQL,
    // autovacuum does it (and a bare ANALYZE there would walk every schema of a shared database).
    if (database.pglite && ran.length > 0) await sql`analyze`.execute(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  const seeded = options.sampleData ? await seedOnFirstStart(database.db, clock()) : null;
  // Session rows kept until the next write on PGlite, the only writer of its database; never on PostgreSQL.
  const directory = new StaffDirectory(database.db, database.pglite);
  const access = new StaffAccess(database.db);
  const consoleAccess = new SqlConsoleAccess(database.db);
  const clientAddress = clientAddressOf(options.trustProxy ?? false);
  // Password guesses are counted in the database, at sign-in and at a password change alike.
  const limiter = new SignInLimiter(database.db);
  // Asked for by the setup page from any machine but this one; printed in the log while setup is open.
  const setupCode = newSetupCode();
  const store = new SqlStore(database.db);
  const settlement = startSettlementSchedule({ store, db: database.db, location: options.database, clock });
  await settlement.started;
  const api = createApiApp({
    // On PGlite, the only writer of its database, boards, the summary and the attention counts are kept until the
    // next write; PostgreSQL has no cache (other processes may write to it): see server/store/cached-account-store.ts.
    store: database.pglite ? withReadCache(store, database.pglite) : store,
    clock,
    consoleUrlFor: options.consoleUrlFor,
    authenticate: sessionAuthenticator(directory, clock),
    consoleAccess,
    team: new SqlTeamStore(database.db),
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
    publicRoutes: (app) => {
      sessionRoutes(directory, limiter, clock, clientAddress, { audit: consoleAccess, access })(app);
      setupRoutes({ access, directory, audit: consoleAccess, clock, clientAddress, setupCode })(app);
      inviteRoutes({ access, directory, audit: consoleAccess, clock, clientAddress })(app);
    },
    extend: ownAccountRoutes({ access, audit: consoleAccess, clock, limiter, clientAddress }),
  });
  const site = options.distDir ? await loadStaticSite(options.distDir, { mode: 'live' }, firstBoardVariants()) : null;

  const root = new Hono();
  root.use(securityHeaders);
  root.use('/api/*', compressJson());
  root.all('/api/*', (c) =>
    isCrossOrigin(c.req.raw)
      ? problemResponse(403, 'Cross-origin request refused', { detail: 'Use the console to make changes.' })
      : api.fetch(c.req.raw, c.env),
  );
  root.all('*', (c) => serveSite(site, c.req.raw));

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: root.fetch, port: options.port, hostname: options.hostname }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host =
    !options.hostname || options.hostname === '0.0.0.0' || options.hostname === '::' ? 'localhost' : options.hostname;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    api,
    db: database.db,
    directory,
    /** The sample staff created on this start (SAMPLE_DATA), or null. */
    seeded,
    /** The setup code, while no Admin exists yet (null after): print it for setup from another machine. */
    setupCode: (await access.setupOpen()) ? setupCode : null,
    close: () => {
      // Stop accepting, let requests in flight finish (up to 5 s), then close the database under them.
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, 5_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      })
        .then(() => settlement.stop())
        .then(() => database.close());
      return closing;
    },
  };
}

export type LiveServer = Awaited<ReturnType<typeof startLiveServer>>;
