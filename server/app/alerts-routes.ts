import { Hono, type Context } from 'hono';
import { alertSettingsBodySchema, type Alerts, type Attention } from '../../src/api/activity-contract';
import { dayOf } from '../../src/domain/calendar';
import { visibilityOf, type AlertState } from '../store/account-record';
import type { ApiEnv } from './create-api-app';
import { dueAlerts, unreadCount } from './due-alerts';
import { readJson } from './read-json';

export const alertsRoutes = new Hono<ApiEnv>();

/** GET /attention: the Dashboard's "Needs attention" counts for the server's today. */
alertsRoutes.get('/attention', async (c) => {
  const today = dayOf(c.var.clock());
  const body: Attention = {
    scope: visibilityOf(c.var.actor),
    asOf: today,
    ...(await c.var.store.attention(c.var.actor, today)),
  };
  return c.json(body);
});

async function alertsBody(c: Context<ApiEnv>, state: AlertState): Promise<Alerts> {
  const today = dayOf(c.var.clock());
  // Only for a staff member who asked for the digest: every page of the console asks for this.
  const items = state.digest ? await dueAlerts(c.var.store, c.var.actor, today) : [];
  return {
    scope: visibilityOf(c.var.actor),
    asOf: today,
    digest: state.digest,
    lastReadAt: state.lastReadAt,
    items,
    unread: unreadCount(items, state.digest, state.lastReadAt),
  };
}

const stateOf = (c: Context<ApiEnv>) => c.var.store.alertState(c.var.actor, c.var.actor.staffEmail);

/** GET /alerts: today's digest for the signed-in staff member, and how much of it is unread. */
alertsRoutes.get('/alerts', async (c) => c.json(await alertsBody(c, await stateOf(c))));

/** PUT /alerts/settings: the daily digest on or off, for this staff member only. */
alertsRoutes.put('/alerts/settings', async (c) => {
  const { digest } = await readJson(c, alertSettingsBodySchema);
  const state: AlertState = { ...(await stateOf(c)), digest };
  await c.var.store.saveAlertState(c.var.actor, state);
  return c.json(await alertsBody(c, state));
});

/** POST /alerts/read: everything due so far is read (the panel calls it when it opens). */
alertsRoutes.post('/alerts/read', async (c) => {
  const state: AlertState = { ...(await stateOf(c)), lastReadAt: c.var.clock().toISOString() };
  await c.var.store.saveAlertState(c.var.actor, state);
  return c.json(await alertsBody(c, state));
});
