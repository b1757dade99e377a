import { z } from 'zod';
import { demoSettingsSchema } from '../src/api/contract';
import { sessionSchema, type Session } from '../src/api/session-contract';
import { createApiApp, type Actor } from '../server/app/create-api-app';
import { readJson } from '../server/app/read-json';
import { createSettler } from '../server/app/settle-due';
import { DEMO_MSP_ID, DEMO_STAFF_EMAIL } from './demo-fleet';
import { DemoStore, type DemoStoreOptions } from './demo-store';

/** Demo mode signs in this staff member by itself. */
export const DEMO_ACTOR: Actor = { mspId: DEMO_MSP_ID, staffEmail: DEMO_STAFF_EMAIL };

const DEMO_SESSION: Session = {
  staff: { email: DEMO_ACTOR.staffEmail, name: 'Demo Staff' },
  msp: { id: DEMO_MSP_ID, name: 'Demo MSP' },
};

const advanceClockSchema = z.strictObject({ days: z.number().int().min(1).max(366) });

/**
 * The API application as the demo runs it: the same app the live server
 * hosts, over the demo store, plus the demo's own controls.
 */
export function createDemoApi(options: DemoStoreOptions) {
  const store = new DemoStore(options);
  // The demo's schedule: before each request, every day since the last settled, one by one (a clock move of a
  // week settles its seven days in order).
  const settleThrough = createSettler(store);
  const app = createApiApp({
    store,
    clock: () => store.now(),
    settleBeforeEachRequest: settleThrough,
    authenticate: async () => DEMO_ACTOR,
    extend: (api) => {
      // The console shows who is signed in the same way in both modes.
      api.get('/session', (c) => c.json(sessionSchema.parse(DEMO_SESSION)));
      api.get('/demo', (c) =>
        c.json(demoSettingsSchema.parse({ ...store.settings, clockOffsetDays: store.clockOffsetDays })),
      );
      api.post('/demo/reset', async (c) => {
        await store.reset();
        return c.body(null, 204);
      });
      api.post('/demo/clock', async (c) => {
        const { days } = await readJson(c, advanceClockSchema);
        await store.advanceClock(days);
        return c.json(demoSettingsSchema.parse({ ...store.settings, clockOffsetDays: store.clockOffsetDays }));
      });
    },
  });
  return { app, store };
}

export type DemoApi = ReturnType<typeof createDemoApi>;
