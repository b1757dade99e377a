import type { Hono } from 'hono';
import { demoSettingsSchema } from '../src/api/contract';
import { createApiApp } from '../server/app/create-api-app';
import { DemoStore, type DemoStoreOptions } from './demo-store';

/**
 * The API application as the demo runs it: the same app the live server
 * hosts, over the demo store, plus the demo's own controls.
 */
export function createDemoApi(options: DemoStoreOptions) {
  const store = new DemoStore(options);
  const app = createApiApp({
    store,
    clock: options.clock,
    extend: (api: Hono) => {
      api.get('/demo', (c) => c.json(demoSettingsSchema.parse(store.settings)));
      api.post('/demo/reset', async (c) => {
        await store.reset();
        return c.body(null, 204);
      });
    },
  });
  return { app, store };
}

export type DemoApi = ReturnType<typeof createDemoApi>;
