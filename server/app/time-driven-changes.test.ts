import { describe, expect, it } from 'vitest';
import { actionResultSchema, historyPageSchema, summarySchema, type Account } from '../../src/api/contract';
import { createDemoApi } from '../../mocks/demo-api';

function api() {
  const demo = createDemoApi({
    settings: { seed: 1, accounts: 20 },
    clock: () => new Date('2026-11-21T12:00:00Z'),
    storage: null,
  });
  const request = (path: string, init?: RequestInit) => demo.app.request(path, init);
  const post = (path: string, body?: unknown) =>
    request(
      path,
      body === undefined
        ? { method: 'POST' }
        : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    );
  const act = async (account: Account, action: string, body?: unknown) =>
    actionResultSchema.parse(await (await post(`/api/v1/accounts/${account.accountNumber}/${action}`, body)).json())
      .account;
  const get = async (account: Account) => request(`/api/v1/accounts/${account.accountNumber}`);
  const create = async (email: string) =>
    (await (await post('/api/v1/accounts', { email, organizationName: 'Time Travel Ltd' })).json()) as Account;
  return { demo, post, act, get, create, request };
}

describe('changes that time brings, through the demo clock', () => {
  it('runs a trial out, applies a pending decrease at renewal, and ends a cancellation at the period end', async () => {
    const { demo, act, get, create } = api();
    const account = await create('travel@time.example');
    await demo.store.advanceClock(31);
    expect(((await (await get(account)).json()) as Account).status).toBe('expired');

    const paid = await act(account, 'upgrade', { seats: 10 });
    expect(paid.renewsOn).toBe('2027-01-22');
    await act(account, 'seats', { seats: 7 });
    await demo.store.advanceClock(31);
    const renewed = (await (await get(account)).json()) as Account;
    expect(renewed).toMatchObject({
      status: 'paid',
      seats: 7,
      pendingSeats: null,
      periodStart: '2027-01-22',
      renewsOn: '2027-02-22',
    });

    await act(account, 'cancel');
    await demo.store.advanceClock(30);
    expect(((await (await get(account)).json()) as Account).status).toBe('paid');
    await demo.store.advanceClock(1);
    expect((await (await get(account)).json()) as Account).toMatchObject({
      status: 'cancelled',
      endedOn: '2027-02-22',
      deleteAfter: '2027-03-08',
    });
  });

  it('records a trial running out in its history and in Activity, on the day it ended', async () => {
    const { demo, create, request } = api();
    const account = await create('runs.out@time.example'); // created 2026-11-21: last day 2026-12-20
    await demo.store.advanceClock(28);
    await request('/api/v1/summary');
    await demo.store.advanceClock(7); // to 2026-12-26: the days are settled one by one
    const history = historyPageSchema.parse(
      await (await request(`/api/v1/accounts/${account.accountNumber}/history`)).json(),
    );
    expect(history.items.map((entry) => [entry.action, entry.at, entry.effectiveOn, entry.summary])).toEqual([
      ['trial-expired', '2026-12-21T00:00:00.000Z', '2026-12-21', 'Trial ended; now on Freemium (3 users)'],
      ['created', '2026-11-21T12:00:00.000Z', null, 'Added as a 30-day trial'],
    ]);
    const activity = historyPageSchema.parse(await (await request('/api/v1/activity?limit=200')).json());
    expect(
      activity.items.filter(
        (entry) => entry.accountNumber === account.accountNumber && entry.action === 'trial-expired',
      ),
    ).toHaveLength(1);
  });

  it('stamps a renewal with the day it was due, and Activity stays newest first', async () => {
    const { demo, act, create, request } = api();
    const first = await create('first@time.example');
    await act(first, 'upgrade', { seats: 3 }); // renews 2026-12-21
    await demo.store.advanceClock(2);
    const second = await create('second@time.example');
    await act(second, 'upgrade', { seats: 4 }); // renews 2026-12-23
    await demo.store.advanceClock(35); // to 2026-12-28: both renewals settled days after they were due
    const activity = historyPageSchema.parse(await (await request('/api/v1/activity?limit=50')).json());
    const ours = [first.accountNumber, second.accountNumber];
    const renewals = activity.items.filter((entry) => entry.action === 'renewed' && ours.includes(entry.accountNumber));
    expect(renewals.map((entry) => [entry.accountNumber, entry.at.slice(0, 10)])).toEqual([
      [second.accountNumber, '2026-12-23'],
      [first.accountNumber, '2026-12-21'],
    ]);
    const times = activity.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('deletes a removed trial after 14 days, and its email is free again', async () => {
    const { demo, act, get, create, post, request } = api();
    const account = await create('gone@later.example');
    await act(account, 'end-trial');
    await act(account, 'remove');
    await demo.store.advanceClock(13);
    expect((await get(account)).status).toBe(200);
    expect((await post('/api/v1/accounts', { email: 'GONE@later.example', organizationName: 'Too Soon' })).status).toBe(
      409,
    );
    await demo.store.advanceClock(1);
    expect((await get(account)).status).toBe(404);
    const summary = summarySchema.parse(await (await request('/api/v1/summary')).json());
    expect(summary.ended).toBe(0);
    expect(
      (await post('/api/v1/accounts', { email: 'GONE@later.example', organizationName: 'Back Again' })).status,
    ).toBe(201);
  });
});
