// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSchema, endedPageSchema, historyPageSchema, summarySchema } from '../../src/api/contract';
import { accountStatuses } from '../../src/domain/account-status';
import { addDays } from '../../src/domain/calendar';
import { fleetTotals, nextInvoiceCents } from '../../src/domain/fleet-totals';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { createApiApp } from '../../server/app/create-api-app';
import type { AccountRecord, AccountStore } from '../../server/store/account-record';
import { MemoryStore } from '../../server/store/memory-store';
import { tempPglite, tempPostgresSchema, type TestDatabase } from '../server/live-server-harness';
import { loggedSqlStore } from '../server/logged-sql-store';

const TODAY = '2026-11-22';
const OURS = 'ours-msp';
const THEIRS = 'their-msp';

/** Two MSPs' fleets, numbered apart; the other MSP's has removed and cancelled accounts of its own. */
function twoFleets(): AccountRecord[] {
  const ours = generateDemoFleet({ seed: 11, size: 150, today: TODAY, mspId: OURS, firstNumber: 500_001 });
  const theirs = generateDemoFleet({ seed: 12, size: 150, today: TODAY, mspId: THEIRS, firstNumber: 600_001 });
  for (const [index, record] of theirs.slice(0, 6).entries())
    Object.assign(record, {
      plan: index % 2 ? 'removed' : 'cancelled',
      endedOn: addDays(TODAY, -3),
      deleteAfter: addDays(TODAY, 11),
    });
  return [...ours, ...theirs];
}

interface Setup {
  store: AccountStore;
  dispose: () => Promise<void>;
  /** SQL statements run so far (SQL stores only). */
  statements?: string[];
}

/** An app whose caller's MSP is the X-Msp header: ours unless told. */
function appOver(store: AccountStore, now: Date) {
  return createApiApp({
    store,
    clock: () => now,
    authenticate: async (request) => {
      const mspId = request.headers.get('X-Msp') ?? OURS;
      return { mspId, staffEmail: `staff@${mspId}.example`, staffId: `staff-${mspId}`, role: 'admin' as const };
    },
  });
}

function describeStore(name: string, open: (records: AccountRecord[]) => Promise<Setup>, skip = false) {
  describe.skipIf(skip)(`one count of the fleet, and only the caller's: ${name}`, () => {
    const records = twoFleets();
    const now = new Date(`${TODAY}T12:00:00Z`);
    let setup: Setup;
    let app: ReturnType<typeof appOver>;

    beforeAll(async () => {
      setup = await open(records);
      app = appOver(setup.store, now);
      // The other MSP makes history: a new account, a change, a removal.
      const created = accountSchema.parse(
        await (
          await app.request('/api/v1/accounts', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Msp': THEIRS },
            body: JSON.stringify({
              email: `theirs.${name.length}.${Date.now()}@example.com`,
              organizationName: 'Theirs Only',
            }),
          })
        ).json(),
      );
      const theirs = { 'X-Msp': THEIRS };
      await app.request(`/api/v1/accounts/${created.accountNumber}/end-trial`, { method: 'POST', headers: theirs });
      await app.request(`/api/v1/accounts/${created.accountNumber}/remove`, { method: 'POST', headers: theirs });
    }, 60_000);
    afterAll(async () => setup?.dispose());

    it('computes the summary and every board total as fleetTotals does, on the same data, day by day', async () => {
      const ours = records.filter((record) => record.mspId === OURS);
      for (const today of [TODAY, addDays(TODAY, 1), addDays(TODAY, 9), addDays(TODAY, 40)]) {
        const expected = fleetTotals(ours, today);
        const { nextPeriodSeats: _seats, monitoredUsers: _monitored, ...figures } = expected;
        expect(await setup.store.summary({ mspId: OURS }, today)).toMatchObject(figures);
        expect(nextInvoiceCents(await setup.store.summary({ mspId: OURS }, today))).toBe(nextInvoiceCents(expected));
        for (const status of ['paid', 'trial', 'expired'] as const) {
          const page = await setup.store.list(
            { mspId: OURS },
            { status, today, limit: 1, sort: 'newest', filters: { words: [] }, after: null },
          );
          expect([status, page.total, page.monitoredUsersTotal]).toEqual([
            status,
            expected.counts[status],
            expected.monitoredUsers[status],
          ]);
        }
      }
    });

    it('never shows the other MSP’s history, removed accounts or totals', async () => {
      const theirNumbers = new Set(records.filter((record) => record.mspId === THEIRS).map((r) => r.accountNumber));
      const activity = historyPageSchema.parse(await (await app.request('/api/v1/activity?limit=200')).json());
      const theirActivity = historyPageSchema.parse(
        await (await app.request('/api/v1/activity?limit=200', { headers: { 'X-Msp': THEIRS } })).json(),
      );
      expect(theirActivity.items.length).toBeGreaterThan(0);
      const theirEntries = new Set(theirActivity.items.map((entry) => entry.id));
      expect(activity.items.filter((entry) => theirEntries.has(entry.id))).toEqual([]);
      expect(activity.items.some((entry) => entry.organizationName === 'Theirs Only')).toBe(false);

      const ended = endedPageSchema.parse(await (await app.request('/api/v1/ended-accounts?limit=200')).json());
      const theirEnded = endedPageSchema.parse(
        await (await app.request('/api/v1/ended-accounts?limit=200', { headers: { 'X-Msp': THEIRS } })).json(),
      );
      expect(theirEnded.total).toBe(7);
      expect(ended.total).toBe(0);
      expect(ended.items.filter((account) => theirNumbers.has(account.accountNumber))).toEqual([]);

      const summary = summarySchema.parse(await (await app.request('/api/v1/summary')).json());
      const expected = fleetTotals(
        records.filter((record) => record.mspId === OURS),
        TODAY,
      );
      expect(summary).toMatchObject({ activeUsers: expected.activeUsers, counts: expected.counts, ended: 0 });

      // Exports: the other MSP's account, removed or not, is not there to export.
      for (const number of [...theirNumbers].slice(0, 8))
        expect((await app.request(`/api/v1/accounts/${number}/export`)).status).toBe(404);
    });

    it.skipIf(name === 'memory')(
      'scopes every SQL statement on accounts and history by MSP, updates and deletes included',
      async () => {
        const statements = setup.statements!;
        statements.length = 0;
        const created = accountSchema.parse(
          await (
            await app.request('/api/v1/accounts', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ email: `scoped.${Date.now()}@example.com`, organizationName: 'Scoped Ltd' }),
            })
          ).json(),
        );
        await app.request(`/api/v1/accounts/${created.accountNumber}/end-trial`, { method: 'POST' });
        await app.request(`/api/v1/accounts/${created.accountNumber}/history`);
        await app.request('/api/v1/activity');
        await app.request('/api/v1/ended-accounts');
        await app.request('/api/v1/summary');
        await app.request('/api/v1/accounts?status=paid');
        // Add Customer's name check, the insights and the day's snapshot: each reads or writes one MSP's rows.
        expect((await app.request('/api/v1/organization-names?name=Scoped%20Ltd')).status).toBe(200);
        expect((await app.request('/api/v1/insights?range=30')).status).toBe(200);
        await setup.store.recordSnapshot({ mspId: OURS }, TODAY, 1_000);
        await setup.store.update({ mspId: OURS }, created.accountNumber, () => ({
          ok: true,
          record: 'delete',
          history: [],
          result: null,
        }));
        const touching = statements.filter(
          (text) =>
            /^(with|select|update|delete|insert\b[\s\S]*\bselect)\b/i.test(text) &&
            /"(accounts|account_history|fleet_snapshots)"/.test(text),
        );
        // An update may come inside a WITH, its history entries inserted by the same statement.
        expect(touching.some((text) => /(^|\()update "accounts"/i.test(text))).toBe(true);
        expect(touching.some((text) => /^delete/i.test(text))).toBe(true);
        expect(touching.some((text) => /^insert into "fleet_snapshots"/i.test(text))).toBe(true);
        expect(touching.some((text) => /lower\(regexp_replace/.test(text))).toBe(true);
        expect(touching.filter((text) => /"fleet_snapshots"/.test(text)).length).toBeGreaterThanOrEqual(2);
        // The scheduler's due() is the one cross-MSP query, and it is not among these.
        expect(touching.filter((text) => !/\bwhere\b[\s\S]*"msp_id" = \$/.test(text))).toEqual([]);
      },
    );

    it('lists every status the same way: no account of the other MSP on any board', async () => {
      for (const status of ['paid', 'trial', 'expired']) {
        const page = await (await app.request(`/api/v1/accounts?status=${status}&limit=200`)).json();
        const items = (page as { items: Array<{ accountNumber: string }> }).items;
        expect(items.every((item) => Number(item.accountNumber.slice(3)) < 600_001)).toBe(true);
      }
      expect(accountStatuses).toContain('removed');
    });
  });
}

describe('SQL scoping, in the source', () => {
  it('names the MSP-owned tables only in server/sql/scoped.ts, so no statement can leave out the MSP', () => {
    const folder = fileURLToPath(new URL('../../server/sql/', import.meta.url));
    const offenders = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && file !== 'scoped.ts' && file !== 'schema.ts')
      .flatMap((file) =>
        readFileSync(join(folder, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ where: `${file}:${index + 1}`, line }))
          .filter(
            ({ line }) =>
              /(selectFrom|updateTable|deleteFrom)\(\s*'(accounts|account_history|fleet_snapshots)'/.test(line) ||
              /\b(from|update)\s+(accounts|account_history|fleet_snapshots)\b/i.test(line),
          )
          .map(({ where }) => where),
      );
    expect(offenders).toEqual([]);
  });
});

describeStore('memory', async (records) => ({
  store: new MemoryStore(records.map((record) => ({ ...record }))),
  dispose: async () => {},
}));

function sqlSetup(database: TestDatabase, records: AccountRecord[]): Promise<Setup> {
  return loggedSqlStore(
    database,
    [
      { id: OURS, name: 'Ours' },
      { id: THEIRS, name: 'Theirs' },
    ],
    records,
  );
}

describeStore('PGlite', async (records) => sqlSetup(await tempPglite(), records));

const databaseUrl = process.env.DATABASE_URL?.trim();
describeStore('PostgreSQL', async (records) => sqlSetup(await tempPostgresSchema(databaseUrl!), records), !databaseUrl);
