// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPageSchema, accountSchema, historyPageSchema } from '../../src/api/contract';
import { accountRules } from '../../src/domain/account-rules';
import { billingPeriodOn } from '../../src/domain/billing-period';
import { dayOf } from '../../src/domain/calendar';
import { sessionSchema } from '../../src/api/session-contract';
import { startLiveServer } from '../../server/node/live-server';
import { postJson } from '../contract/contract-target';
import { httpTarget, seededStaff, signIn, startTestServer, tempPglite, type TestDatabase } from './live-server-harness';

describe('durability: the server stopped and started again on the same DATA_DIR', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await tempPglite();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('keeps every account, change and session, and does not seed again', async () => {
    const first = await startTestServer(database);
    const { first: staff } = seededStaff(first);
    const cookie = await signIn(first, staff.email, staff.password);
    const signedOut = await signIn(first, staff.email, staff.password);
    const before = httpTarget(first, cookie);

    // The sample seed carries a past: a paid account was created, upgraded and renewed every month, with its charges.
    const paid = accountPageSchema
      .parse(await (await before.request('/api/v1/accounts?status=paid&limit=100')).json())
      .items.find(
        (account) => account.paidSince !== null && billingPeriodOn(account.paidSince, dayOf(new Date())).index >= 2,
      )!;
    const past = historyPageSchema.parse(
      await (await before.request(`/api/v1/accounts/${paid.accountNumber}/history?limit=100`)).json(),
    ).items;
    expect(past.at(-1)).toMatchObject({ action: 'created', actor: staff.email });
    expect(past.find((entry) => entry.action === 'upgraded')?.at.slice(0, 10)).toBe(paid.paidSince);
    const renewals = past.filter((entry) => entry.action === 'renewed');
    expect(renewals).toHaveLength(billingPeriodOn(paid.paidSince!, dayOf(new Date())).index);
    expect(renewals[0]).toMatchObject({
      actor: 'system',
      effectiveOn: paid.periodStart,
      chargeCents: paid.seats! * accountRules.pricePerSeatCents,
    });
    const created = accountSchema.parse(
      await (
        await postJson(before, '/api/v1/accounts', {
          email: `durable.${Date.now()}@example.com`,
          organizationName: 'Durable Ltd',
        })
      ).json(),
    );
    const extended = await postJson(before, `/api/v1/accounts/${created.accountNumber}/extend-trial`, { days: 7 });
    expect(extended.status).toBe(200);
    const readBefore = await (await before.request(`/api/v1/accounts/${created.accountNumber}`)).text();
    const summaryBefore = await (await before.request('/api/v1/summary')).text();
    expect((await httpTarget(first, signedOut).request('/api/v1/session', { method: 'DELETE' })).status).toBe(204);
    await first.close();

    const second = await startTestServer(database);
    // PGlite serves one process: a second server on the same folder is refused, not let in to corrupt it.
    await expect(startTestServer(database)).rejects.toThrow(/already open|in use/);
    try {
      expect(second.seeded).toBeNull();
      const after = httpTarget(second, cookie);
      // The session made before the restart still signs in; the one ended before it does not.
      expect(sessionSchema.parse(await (await after.request('/api/v1/session')).json()).staff.email).toBe(staff.email);
      expect((await httpTarget(second, signedOut).request('/api/v1/summary')).status).toBe(401);
      expect(await (await after.request(`/api/v1/accounts/${created.accountNumber}`)).text()).toBe(readBefore);
      expect(await (await after.request('/api/v1/summary')).text()).toBe(summaryBefore);
      // The seeded passwords still work.
      await signIn(second, staff.email, staff.password);
      const next = accountSchema.parse(
        await (
          await postJson(after, '/api/v1/accounts', {
            email: `later.${Date.now()}@example.com`,
            organizationName: 'Later',
          })
        ).json(),
      );
      // A number issued before the restart is never issued again.
      expect(next.accountNumber).not.toBe(created.accountNumber);
      const issued = await second.db
        .selectFrom('issued_account_numbers')
        .select('account_number')
        .where('account_number', 'in', [created.accountNumber, next.accountNumber])
        .execute();
      expect(issued).toHaveLength(2);
    } finally {
      await second.close();
    }

    // Sessions last 12 hours from sign-in, restarts or not.
    const later = await startLiveServer({
      database: database.location,
      port: 0,
      hostname: '127.0.0.1',
      distDir: null,
      clock: () => new Date(Date.now() + 12 * 3_600_000 + 60_000),
    });
    try {
      expect((await httpTarget(later, cookie).request('/api/v1/summary')).status).toBe(401);
    } finally {
      await later.close();
    }
  }, 120_000);
});
