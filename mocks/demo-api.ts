import { z } from 'zod/mini';
import { demoSettingsSchema } from '../src/api/contract';
import { sessionSchema, type Session } from '../src/api/session-contract';
import { createApiApp, type Actor } from '../server/app/create-api-app';
import { readJson } from '../server/app/read-json';
import { createSettler } from '../server/app/settle-due';
import { dayOf } from '../src/domain/calendar';
import { roles, type Role } from '../src/domain/permissions';
import { DEMO_MSP_ID } from './demo-fleet';
import { DEMO_STAFF } from './demo-staff';
import { DemoStore, type DemoStoreOptions } from './demo-store';

/** The demo signs in as its staff member of the chosen role (its Admin unless told otherwise). */
function demoActor(role: Role): Actor {
  const staff = DEMO_STAFF[role];
  return { mspId: DEMO_MSP_ID, staffEmail: staff.email, staffId: staff.id, role };
}

function demoSession(role: Role): Session {
  const { id, email, name } = DEMO_STAFF[role];
  return { staff: { id, email, name, role }, msp: { id: DEMO_MSP_ID, name: 'Demo MSP' } };
}

const advanceClockSchema = z.strictObject({ days: z.int().check(z.gte(1), z.lte(366)) });
const viewAsBodySchema = z.strictObject({ role: z.enum(roles) });

/**
 * The API application as the demo runs it: the same app the live server
 * hosts, over the demo store, plus the demo's own controls.
 */
export interface DemoApiOptions extends DemoStoreOptions {
  /** Where the "View as" choice is kept: sessionStorage in the browser (one choice per tab); memory without. */
  viewAsStorage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

const VIEW_AS_KEY = 'mcc.demo.viewAs';

export function createDemoApi(options: DemoApiOptions) {
  const store = new DemoStore(options);
  let chosen: Role = 'admin';
  const viewAs = (): Role => {
    const saved = options.viewAsStorage?.getItem(VIEW_AS_KEY);
    return roles.find((role) => role === saved) ?? chosen;
  };
  const settings = () =>
    demoSettingsSchema.parse({ ...store.settings, clockOffsetDays: store.clockOffsetDays, viewAs: viewAs() });
  // The demo's schedule: before each request, every day since the last settled, one by one (a clock move of a
  // week settles its seven days in order).
  const settleThrough = createSettler(store);
  const app = createApiApp({
    store,
    team: store.team,
    clock: () => store.now(),
    settleBeforeEachRequest: settleThrough,
    authenticate: async () => demoActor(viewAs()),
    extend: (api) => {
      // The console shows who is signed in the same way in both modes.
      api.get('/session', (c) => c.json(sessionSchema.parse(demoSession(viewAs()))));
      api.get('/demo', (c) => c.json(settings()));
      // "View as": the demo signs in as its staff member of that role from the next request on.
      api.post('/demo/view-as', async (c) => {
        const { role } = await readJson(c, viewAsBodySchema);
        chosen = role;
        try {
          options.viewAsStorage?.setItem(VIEW_AS_KEY, role);
        } catch {
          // Storage disabled: the choice holds for this page's life.
        }
        return c.json(sessionSchema.parse(demoSession(role)));
      });
      api.post('/demo/reset', async (c) => {
        await store.reset();
        return c.body(null, 204);
      });
      api.post('/demo/clock', async (c) => {
        const { days } = await readJson(c, advanceClockSchema);
        await store.advanceClock(days);
        return c.json(settings());
      });
    },
  });
  return {
    app,
    store,
    /** Settles the demo's today now, as the first request would: the Worker does it before the page has asked. */
    settle: () => settleThrough(dayOf(store.now())),
  };
}

export type DemoApi = ReturnType<typeof createDemoApi>;
