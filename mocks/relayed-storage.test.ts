import { describe, expect, it } from 'vitest';
import { createDemoApi } from './demo-api';
import { demoStorageKey } from './demo-settings';
import type { FromWorker } from './demo-worker-protocol';
import { RelayedStorage } from './relayed-storage';

const settings = { seed: 42, accounts: 60 };
const key = demoStorageKey(settings);

/**
 * One browser: a shared localStorage, and per tab a page that makes its
 * Worker's writes there (a message later, as postMessage would) and relays
 * the other tabs' writes to its Worker only when `relayEvents` says so.
 */
function browser() {
  const local = new Map<string, string>();
  const tabs: Array<{ relay: RelayedStorage; relayEvents: boolean }> = [];
  const later = (work: () => void) => void setTimeout(work, 0);
  let lock = Promise.resolve();
  const exclusive = <T>(locked: () => Promise<T>): Promise<T> => {
    const run = lock.then(locked);
    lock = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  function openTab(relayEvents = true) {
    const saved = [...local].filter(([name]) => name === key || name.startsWith(`${key}:`));
    const tab = { relay: null as unknown as RelayedStorage, relayEvents };
    const page = (message: FromWorker) =>
      later(() => {
        if (message.type === 'set' || message.type === 'remove') {
          if (message.type === 'set') local.set(message.key, message.value);
          else local.delete(message.key);
          const value = message.type === 'set' ? message.value : null;
          for (const other of tabs) if (other !== tab && other.relayEvents) other.relay.stored(message.key, value);
        } else if (message.type === 'read')
          tab.relay.answered(
            message.id,
            message.keys.map((name) => local.get(name) ?? null),
          );
        else if (message.type === 'flush') tab.relay.answered(message.id, []);
      });
    tab.relay = new RelayedStorage(saved, page);
    tabs.push(tab);
    const { app } = createDemoApi({
      settings,
      clock: () => new Date('2026-11-21T12:00:00Z'),
      storage: tab.relay,
      exclusive: (work) => tab.relay.exclusive(key, work, exclusive),
    });
    return app;
  }
  return { local, openTab };
}

const create = (app: ReturnType<ReturnType<typeof browser>['openTab']>, email: string) =>
  app.request('/api/v1/accounts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, organizationName: 'Relay Co' }),
  });

describe('the demo store in a Worker, over a relayed localStorage', () => {
  it('is in localStorage once a write answers, and a reload finds it', async () => {
    const { local, openTab } = browser();
    const created = (await (await create(openTab(), 'relay@worker.example')).json()) as { accountNumber: string };
    expect([...local.values()].join()).toContain('relay@worker.example');
    const reloaded = await openTab().request(`/api/v1/accounts/${created.accountNumber}`);
    expect(reloaded.status).toBe(200);
  });

  it('takes an email once across tabs, even when the other tab has not heard of the change yet', async () => {
    const { openTab } = browser();
    const first = openTab();
    const second = openTab(false);
    expect((await create(first, 'once@worker.example')).status).toBe(201);
    // The second tab's copy is stale, but under the lock it reads the saved record and its batches anew.
    const refused = await create(second, 'ONCE@worker.example');
    expect(refused.status).toBe(409);
  });

  it('saves nothing more once localStorage refuses a write, as a full localStorage does', async () => {
    const { local, openTab } = browser();
    const app = openTab();
    expect((await create(app, 'before@worker.example')).status).toBe(201);
    const before = new Map(local);
    const relay = new RelayedStorage([], () => undefined);
    relay.refused();
    expect(() => relay.setItem(key, '{}')).toThrow(DOMException);
    expect(local).toEqual(before);
  });
});
