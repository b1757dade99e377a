import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../src/domain/email';
import type { NewAccountRecord, NewHistoryEntry } from '../server/store/account-record';
import { newTrialRecord } from '../server/store/new-trial-record';
import { createDemoApi } from './demo-api';
import { DemoStore, type DemoStorage } from './demo-store';
import { demoSettingsFrom } from './demo-settings';

const now = new Date('2026-11-21T12:00:00Z');
const today = '2026-11-21';

function memoryStorage(): DemoStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function newAccount(email: string, organizationName = 'Saved Co'): NewAccountRecord {
  return newTrialRecord({
    mspId: 'demo',
    email,
    emailKey: normalizeEmail(email),
    organizationName,
    createdAt: now.toISOString(),
    trialEndsAt: '2026-12-21',
    monitoredUsers: 0,
  });
}

const createdEntry: NewHistoryEntry = {
  at: now.toISOString(),
  actor: 'test',
  action: 'created',
  summary: 'Created',
  organizationName: 'Saved Co',
  before: null,
  after: null,
  chargeCents: null,
};
const scope = { mspId: 'demo' };

function store(storage: DemoStorage, clock = () => now) {
  return new DemoStore({ settings: { seed: 42, accounts: 60 }, clock, storage });
}

describe('the demo store', () => {
  it('saves a staff member’s alert state like other demo writes: another tab and a reload see it', async () => {
    const storage = memoryStorage();
    const [first, second] = [store(storage), store(storage)];
    const state = { staffEmail: 'Demo.Staff@example.com', digest: true, lastReadAt: now.toISOString() };
    await first.saveAlertState(scope, state);
    expect(await second.alertState(scope, 'demo.staff@example.com')).toMatchObject({
      digest: true,
      lastReadAt: state.lastReadAt,
    });
    expect(await store(storage).alertState(scope, state.staffEmail)).toMatchObject({ digest: true });
    expect(await store(storage).alertState(scope, 'someone.else@example.com')).toMatchObject({
      digest: false,
      lastReadAt: null,
    });
  });

  it('keeps changes across a reload', async () => {
    const storage = memoryStorage();
    const created = await store(storage).create(newAccount('kept@reload.example'), createdEntry);
    expect(created.ok).toBe(true);
    const reloaded = store(storage);
    expect((await reloaded.summary(scope, today)).counts.trial).toBe(
      (await store(memoryStorage()).summary(scope, today)).counts.trial + 1,
    );
    expect(await reloaded.get(scope, created.ok ? created.record.accountNumber : '')).toMatchObject({
      organizationName: 'Saved Co',
    });
  });

  it('keeps the seeded fleet the same on a later day', async () => {
    const storage = memoryStorage();
    await store(storage).create(newAccount('day@one.example'), createdEntry);
    const tomorrow = store(storage, () => new Date('2026-11-22T09:00:00Z'));
    const first = await tomorrow.get(scope, 'AC-100001');
    expect(first).toEqual(await store(storage).get(scope, 'AC-100001'));
    // A visitor with nothing saved gets a fleet grown for their own today.
    const fresh = await store(memoryStorage(), () => new Date('2026-11-22T09:00:00Z')).get(scope, 'AC-100001');
    expect(fresh?.createdAt).not.toBe(first?.createdAt);
  });

  it('lets two tabs share one fleet and one email', async () => {
    const storage = memoryStorage();
    const tabA = store(storage);
    const tabB = store(storage);
    const fromA = await tabA.create(newAccount('shared@tabs.example', 'From Tab A'), createdEntry);
    expect(fromA.ok).toBe(true);
    expect(await tabB.create(newAccount('SHARED@tabs.example', 'From Tab B'), createdEntry)).toEqual({
      ok: false,
      reason: 'email-taken',
    });
    const fromB = await tabB.create(newAccount('other@tabs.example', 'Also From B'), createdEntry);
    expect(fromB.ok && fromA.ok && fromB.record.accountNumber !== fromA.record.accountNumber).toBe(true);
    expect((await tabA.summary(scope, today)).counts.trial).toBe((await tabB.summary(scope, today)).counts.trial);
  });

  it('brings the seeded fleet back on reset', async () => {
    const storage = memoryStorage();
    const demo = store(storage);
    const seeded = await demo.summary(scope, today);
    await demo.create(newAccount('gone@soon.example'), createdEntry);
    await demo.reset();
    expect(await demo.summary(scope, today)).toEqual(seeded);
    expect(await store(storage).summary(scope, today)).toEqual(seeded);
    expect((await demo.create(newAccount('gone@soon.example'), createdEntry)).ok).toBe(true);
  });

  it('survives a corrupt saved copy by starting from the seed', async () => {
    const storage = memoryStorage();
    storage.setItem('mcc.demo.v3:42:60', '{not json');
    expect((await store(storage).summary(scope, today)).counts).toEqual(
      (await store(memoryStorage()).summary(scope, today)).counts,
    );
  });

  it('never issues again the number of an account deleted for good, even after a reload', async () => {
    const storage = memoryStorage();
    // Numbers are random: this series offers the deleted account's number again before a fresh one.
    const series =
      (...numbers: string[]) =>
      () =>
        numbers.shift() ?? 'AC-99999999';
    const numbered = (candidates: () => string) =>
      new DemoStore({
        settings: { seed: 42, accounts: 60 },
        clock: () => now,
        storage,
        accountNumberCandidate: candidates,
      });
    const created = await numbered(series('AC-12345678')).create(newAccount('deleted@for-good.example'), createdEntry);
    if (!created.ok) throw new Error('not created');
    expect(created.record.accountNumber).toBe('AC-12345678');
    const deleted = await store(storage).update(scope, created.record.accountNumber, () => ({
      ok: true,
      record: 'delete',
      history: [],
      result: null,
    }));
    expect(deleted.ok).toBe(true);
    const again = await numbered(series('AC-12345678', 'AC-23456789')).create(
      newAccount('next@for-good.example'),
      createdEntry,
    );
    if (!again.ok) throw new Error('not created');
    expect(again.record.accountNumber).toBe('AC-23456789');
  });

  it('saves what a write changed, not everything changed before it', async () => {
    const storage = memoryStorage();
    let written = 0;
    const counting: DemoStorage = {
      ...storage,
      setItem: (key, value) => {
        written += value.length;
        storage.setItem(key, value);
      },
    };
    const demo = store(counting);
    const cost = async (email: string) => {
      written = 0;
      expect((await demo.create(newAccount(email), createdEntry)).ok).toBe(true);
      return written;
    };
    const first = await cost('first@cost.example');
    for (let index = 0; index < 100; index += 1) await cost(`filler${index}@cost.example`);
    const later = await cost('later@cost.example');
    // Saving everything would make the 102nd write about a hundred times the first.
    expect(later).toBeLessThan(first * 1.5);
    // And a reload still has all of them.
    expect((await store(storage).summary(scope, today)).counts.trial).toBe(
      (await store(memoryStorage()).summary(scope, today)).counts.trial + 102,
    );
  });

  it('saves a batch of writes once, and another tab replays it', async () => {
    const storage = memoryStorage();
    const tabA = store(storage);
    const tabB = store(storage);
    const numbers = (
      await tabA.list(scope, { status: 'trial', today, limit: 5, sort: 'newest', filters: { words: [] }, after: null })
    ).items.map((record) => record.accountNumber);
    const keysBefore = storage.data.size;
    await tabA.batch(async () => {
      for (const accountNumber of numbers)
        await tabA.update(scope, accountNumber, (record) => ({
          ok: true,
          record: { ...record, monitoredUsers: record.monitoredUsers + 7 },
          history: [],
          result: null,
        }));
    });
    // One batch and the small record: two items, however many accounts changed.
    expect(storage.data.size - keysBefore).toBeLessThanOrEqual(2);
    for (const accountNumber of numbers)
      expect((await tabB.get(scope, accountNumber))?.monitoredUsers).toBe(
        (await tabA.get(scope, accountNumber))?.monitoredUsers,
      );
    const removed = await tabB.update(scope, numbers[0]!, () => ({
      ok: true,
      record: 'delete',
      history: [],
      result: null,
    }));
    expect(removed.ok).toBe(true);
    expect(await tabA.get(scope, numbers[0]!)).toBeNull();
  });
});

describe('the demo API in two tabs', () => {
  it('saves nothing for a read once the day is settled, so tabs do not wake each other forever', async () => {
    const storage = memoryStorage();
    const writes: string[] = [];
    const watched: DemoStorage = {
      ...storage,
      setItem: (key, value) => (writes.push(key), storage.setItem(key, value)),
    };
    const options = { settings: { seed: 42, accounts: 60 }, clock: () => now, storage: watched };
    const tabA = createDemoApi(options).app;
    const tabB = createDemoApi(options).app;
    // The first request of the day settles it, and saves that.
    expect((await tabA.request('/api/v1/accounts?status=trial')).status).toBe(200);
    writes.length = 0;
    // Every later read, in either tab, finds the day settled: no save, so no storage event for the other tab.
    for (const tab of [tabA, tabB, tabA, tabB]) {
      expect((await tab.request('/api/v1/summary')).status).toBe(200);
      expect((await tab.request('/api/v1/accounts?status=paid')).status).toBe(200);
    }
    expect(writes).toEqual([]);
  });
});

describe('the demo API started in its Worker', () => {
  it('settles today before the first request, which then saves nothing and answers as it would have', async () => {
    const storage = memoryStorage();
    const writes: string[] = [];
    const watched: DemoStorage = {
      ...storage,
      setItem: (key, value) => (writes.push(key), storage.setItem(key, value)),
    };
    const options = { settings: { seed: 42, accounts: 60 }, clock: () => now, storage: watched };
    const early = createDemoApi(options);
    await early.settle();
    expect(await early.store.settledThrough()).toBe(today);
    writes.length = 0;
    const answered = await (await early.app.request('/api/v1/accounts?status=paid')).json();
    expect(writes).toEqual([]);
    // The same board as a copy that settles on its first request (another tab, after the first's save).
    const late = createDemoApi({ ...options, storage: memoryStorage() });
    expect(await (await late.app.request('/api/v1/accounts?status=paid')).json()).toEqual(answered);
  });
});

describe('the demo Team page', () => {
  it('saves invites, role changes, deactivations, teams and assignments: another tab and a reload see them', async () => {
    const storage = memoryStorage();
    const options = { settings: { seed: 42, accounts: 60 }, clock: () => now, storage };
    const tabA = createDemoApi(options).app;
    const tabB = createDemoApi(options).app;
    const send = async (method: string, path: string, body?: unknown) => {
      const response = await tabA.request(path, {
        method,
        ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      });
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
      return response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
    };
    await send('POST', '/api/v1/team/invites', { email: 'kim@northwind.example', role: 'sales' });
    await send('POST', '/api/v1/team/invites', { email: 'lee@northwind.example', role: 'technician' });
    const team = (await send('GET', '/api/v1/team')) as { invites: Array<{ id: string; email: string }> };
    await send(
      'DELETE',
      `/api/v1/team/invites/${team.invites.find((one) => one.email === 'lee@northwind.example')!.id}`,
    );
    await send('PATCH', '/api/v1/team/staff/demo-technician', { role: 'sales' });
    await send('POST', '/api/v1/team/staff/demo-sales/deactivate');
    const created = (await send('POST', '/api/v1/team/teams', { name: 'Night shift' })) as { id: string };
    await send('PUT', `/api/v1/team/teams/${created.id}/members/demo-technician`);
    const paid = (await send('GET', '/api/v1/accounts?status=paid&limit=2')) as {
      items: Array<{ accountNumber: string }>;
    };
    const [first, second] = paid.items.map((item) => item.accountNumber);
    await send('PUT', `/api/v1/accounts/${first}/teams/${created.id}`);
    await send('PUT', `/api/v1/accounts/${second}/assignments/demo-technician`);

    const read = async (app: typeof tabA) => {
      const { staff, invites } = (await (await app.request('/api/v1/team')).json()) as {
        staff: Array<{ id: string; role: string; status: string }>;
        invites: Array<{ email: string; role: string }>;
      };
      return {
        staff: staff.map(({ id, role, status }) => ({ id, role, status })),
        invites: invites.map(({ email, role }) => ({ email, role })),
        teams: await (await app.request('/api/v1/team/teams')).json(),
        firstTeams: await (await app.request(`/api/v1/accounts/${first}/teams`)).json(),
        secondStaff: await (await app.request(`/api/v1/accounts/${second}/assignments`)).json(),
      };
    };
    const seen = await read(tabA);
    expect(seen.staff).toEqual([
      { id: 'demo-admin', role: 'admin', status: 'active' },
      { id: 'demo-sales', role: 'sales', status: 'deactivated' },
      { id: 'demo-technician', role: 'sales', status: 'active' },
    ]);
    expect(seen.invites).toEqual([{ email: 'kim@northwind.example', role: 'sales' }]);
    expect(seen.teams).toMatchObject({
      teams: [{ name: 'Night shift', accountCount: 1, members: [{ id: 'demo-technician' }] }],
    });
    expect(seen.firstTeams).toEqual({ teams: [{ id: created.id, name: 'Night shift' }] });
    expect(JSON.stringify(seen.secondStaff)).toContain('demo-technician');
    expect(await read(tabB)).toEqual(seen);
    expect(await read(createDemoApi(options).app)).toEqual(seen);

    // Reset brings the demo's three staff back, with no invites and no teams.
    await send('POST', '/api/v1/demo/reset');
    const reset = await read(createDemoApi(options).app);
    expect(reset.staff.map((member) => member.status)).toEqual(['active', 'active', 'active']);
    expect(reset.invites).toEqual([]);
    expect(reset.teams).toEqual({ teams: [] });
  });
});

describe('the demo clock', () => {
  it('saves the clock move and the visitor changes, not what the settle redoes, and a reload shows the same', async () => {
    const storage = memoryStorage();
    const options = { settings: { seed: 7, accounts: 2_000 }, clock: () => now, storage };
    const tab = createDemoApi(options).app;
    const post = (path: string, body: unknown) =>
      tab.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await tab.request('/api/v1/summary')).status).toBe(200);
    expect((await post('/api/v1/demo/clock', { days: 3 })).status).toBe(200);
    expect(
      (await post('/api/v1/accounts', { email: 'midweek@clock.example', organizationName: 'Midweek Co' })).status,
    ).toBe(201);
    expect((await post('/api/v1/demo/clock', { days: 20 })).status).toBe(200);
    const read = async (app: typeof tab) => ({
      summary: await (await app.request('/api/v1/summary')).json(),
      trials: await (await app.request('/api/v1/accounts?status=trial&limit=200&sort=newest')).json(),
      paid: await (await app.request('/api/v1/accounts?status=paid&limit=200')).json(),
      // Entry ids are each copy's own (a reload numbers the redone entries after the saved ones): the rest is equal.
      activity: (
        (await (await app.request('/api/v1/activity?limit=200')).json()) as { items: Array<{ id: string }> }
      ).items.map(({ id: _id, ...entry }) => entry),
    });
    const seen = await read(tab);
    // Thousands of renewals and trials running out over 23 days, yet only the one account created is saved.
    const saved = [...storage.data.values()].reduce((sum, value) => sum + value.length, 0);
    expect(saved).toBeLessThan(5_000);
    expect(JSON.stringify(seen.trials)).toContain('Midweek Co');
    expect(await read(createDemoApi(options).app)).toEqual(seen);
  });
});

describe('demo settings from the URL', () => {
  it('reads size and seed, clamps the size, and remembers them for the tab', () => {
    const session = memoryStorage();
    expect(demoSettingsFrom('?demoAccounts=90000&demoSeed=7', session)).toEqual({ accounts: 50_000, seed: 7 });
    expect(demoSettingsFrom('', session)).toEqual({ accounts: 50_000, seed: 7 });
    expect(demoSettingsFrom('?demoAccounts=abc', memoryStorage())).toEqual({ accounts: 60, seed: 42 });
  });
});
