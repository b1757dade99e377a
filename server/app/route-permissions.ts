import type { MiddlewareHandler } from 'hono';
import { apiPrefix } from '../../src/api/contract';
import { may, refusalSentence, roleLabels, type Permission } from '../../src/domain/permissions';
import type { ApiEnv } from './create-api-app';
import { problemResponse } from './problem';

/**
 * What a route needs: a permission of the table in src/domain/permissions.ts;
 * `signed-in` for what any staff member may call (the demo controls);
 * `public` for what is mounted before authentication (signing in, redeeming
 * an "Open account" token).
 */
export type RouteAccess = Permission | 'signed-in' | 'public';

export interface RouteEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route's path as mounted, without the API prefix (":name" for a path parameter). */
  path: string;
  access: RouteAccess;
}

/**
 * Every route of the API and what it needs: ONE line a route. createApiApp
 * refuses to start with a route that is missing here, and a request no line
 * matches is answered 404, so a new route cannot be reached until it has one.
 */
export const routeTable: readonly RouteEntry[] = [
  { method: 'POST', path: '/session', access: 'public' },
  { method: 'GET', path: '/session', access: 'own-session' },
  { method: 'DELETE', path: '/session', access: 'public' },
  { method: 'POST', path: '/open-account/redeem', access: 'public' },

  // Before /accounts/:accountNumber, which would match them too. A bulk action needs its action's own permission
  // as well (checked by the route: removing is an Admin's); extending and ending trials need the same roles.
  { method: 'POST', path: '/accounts/bulk', access: 'extend-trial' },
  { method: 'GET', path: '/accounts/export.csv', access: 'export' },
  { method: 'GET', path: '/billing/reconciliation.csv', access: 'view-billing' },
  { method: 'GET', path: '/accounts', access: 'view-accounts' },
  { method: 'POST', path: '/accounts', access: 'add-customer' },
  { method: 'GET', path: '/summary', access: 'view-accounts' },
  { method: 'GET', path: '/accounts/:accountNumber', access: 'view-accounts' },
  { method: 'GET', path: '/organization-names', access: 'add-customer' },

  { method: 'POST', path: '/accounts/:accountNumber/upgrade', access: 'upgrade' },
  { method: 'POST', path: '/accounts/:accountNumber/extend-trial', access: 'extend-trial' },
  { method: 'POST', path: '/accounts/:accountNumber/end-trial', access: 'end-trial' },
  { method: 'GET', path: '/accounts/:accountNumber/seat-change', access: 'change-seats' },
  { method: 'POST', path: '/accounts/:accountNumber/seats', access: 'change-seats' },
  { method: 'DELETE', path: '/accounts/:accountNumber/pending-seats', access: 'change-seats' },
  { method: 'POST', path: '/accounts/:accountNumber/cancel', access: 'cancel' },
  { method: 'POST', path: '/accounts/:accountNumber/resume', access: 'cancel' },
  { method: 'POST', path: '/accounts/:accountNumber/remove', access: 'remove' },
  { method: 'POST', path: '/accounts/:accountNumber/restore', access: 'restore' },

  { method: 'GET', path: '/activity', access: 'read-history' },
  { method: 'GET', path: '/activity/export', access: 'export' },
  { method: 'GET', path: '/attention', access: 'view-accounts' },
  { method: 'GET', path: '/alerts', access: 'view-accounts' },
  // A staff member's own digest setting and read state: anyone signed in, for themselves only.
  { method: 'PUT', path: '/alerts/settings', access: 'own-session' },
  { method: 'POST', path: '/alerts/read', access: 'own-session' },
  { method: 'GET', path: '/accounts/:accountNumber/history', access: 'read-history' },
  { method: 'GET', path: '/ended-accounts', access: 'view-accounts' },
  { method: 'GET', path: '/accounts/:accountNumber/export', access: 'export' },
  { method: 'GET', path: '/insights', access: 'view-accounts' },

  { method: 'POST', path: '/accounts/:accountNumber/open', access: 'open-account' },
  { method: 'GET', path: '/audit-events', access: 'read-audit' },

  { method: 'GET', path: '/accounts/:accountNumber/assignments', access: 'view-accounts' },
  { method: 'PUT', path: '/accounts/:accountNumber/assignments/:staffId', access: 'assign-accounts' },
  { method: 'DELETE', path: '/accounts/:accountNumber/assignments/:staffId', access: 'assign-accounts' },
  { method: 'POST', path: '/assignments', access: 'assign-accounts' },
  { method: 'GET', path: '/assignees', access: 'assign-accounts' },
  // Teams (server/app/teams-routes.ts): an account assigned to a team is seen by the technicians in it.
  { method: 'GET', path: '/accounts/:accountNumber/teams', access: 'view-accounts' },
  { method: 'PUT', path: '/accounts/:accountNumber/teams/:teamId', access: 'assign-accounts' },
  { method: 'DELETE', path: '/accounts/:accountNumber/teams/:teamId', access: 'assign-accounts' },
  { method: 'POST', path: '/team-assignments', access: 'assign-accounts' },

  { method: 'GET', path: '/team', access: 'manage-staff' },
  { method: 'POST', path: '/team/invites', access: 'manage-staff' },
  { method: 'DELETE', path: '/team/invites/:id', access: 'manage-staff' },
  { method: 'PATCH', path: '/team/staff/:id', access: 'manage-staff' },
  { method: 'POST', path: '/team/staff/:id/deactivate', access: 'manage-staff' },
  { method: 'GET', path: '/team/teams', access: 'manage-staff' },
  { method: 'POST', path: '/team/teams', access: 'manage-staff' },
  { method: 'PATCH', path: '/team/teams/:teamId', access: 'manage-staff' },
  { method: 'DELETE', path: '/team/teams/:teamId', access: 'manage-staff' },
  { method: 'PUT', path: '/team/teams/:teamId/members/:staffId', access: 'manage-staff' },
  { method: 'DELETE', path: '/team/teams/:teamId/members/:staffId', access: 'manage-staff' },
  { method: 'GET', path: '/audit-events/export', access: 'read-audit' },
  { method: 'GET', path: '/setup', access: 'public' },
  { method: 'POST', path: '/setup', access: 'public' },
  { method: 'GET', path: '/invites/:token', access: 'public' },
  { method: 'POST', path: '/invites/:token/accept', access: 'public' },
  { method: 'GET', path: '/sessions', access: 'own-session' },
  { method: 'DELETE', path: '/sessions/:id', access: 'own-session' },
  { method: 'POST', path: '/session/password', access: 'own-session' },

  { method: 'GET', path: '/demo', access: 'signed-in' },
  { method: 'POST', path: '/demo/reset', access: 'signed-in' },
  { method: 'POST', path: '/demo/clock', access: 'signed-in' },
  { method: 'POST', path: '/demo/view-as', access: 'signed-in' },
];

interface CompiledEntry extends RouteEntry {
  pattern: RegExp;
}

function compile(entry: RouteEntry): CompiledEntry {
  const source = `${apiPrefix}${entry.path}`
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { ...entry, pattern: new RegExp(`^${source}/?$`) };
}

const compiled = routeTable.map(compile);

/** The entry for a request, or undefined when no route of the table has its method and path. */
export function routeEntryFor(method: string, path: string): RouteEntry | undefined {
  const asMethod = method === 'HEAD' ? 'GET' : method;
  return compiled.find((entry) => entry.method === asMethod && entry.pattern.test(path));
}

/**
 * Fails the app's construction when a mounted route has no line in the table:
 * a route another branch adds cannot ship unguarded.
 */
export function checkEveryRouteHasAnEntry(routes: ReadonlyArray<{ method: string; path: string }>): void {
  const known = new Set(routeTable.map((entry) => `${entry.method} ${apiPrefix}${entry.path}`));
  const missing = routes
    .filter((route) => route.method !== 'ALL' && route.path !== '/*' && !route.path.endsWith('/*'))
    .map((route) => `${route.method} ${route.path}`)
    .filter((route) => !known.has(route));
  if (missing.length > 0)
    throw new Error(`Routes without a line in server/app/route-permissions.ts: ${[...new Set(missing)].join(', ')}`);
}

/**
 * The one place permissions are enforced, after authentication: the role must
 * have the route's permission, or the answer is a 403 that says who may.
 * Which accounts the role sees is the store's part (the scope).
 */
export const enforcePermissions: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const entry = routeEntryFor(c.req.method, c.req.path);
  if (!entry) return problemResponse(404, 'Not found', { detail: 'There is no API resource at this address.' });
  if (entry.access === 'public' || entry.access === 'signed-in') return next();
  const { role } = c.var.actor;
  if (!may(role, entry.access))
    return problemResponse(403, refusalSentence(entry.access), {
      detail: `You are signed in as ${roleLabels[role]}.`,
    });
  return next();
};
