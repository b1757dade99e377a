import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { activityPageSchema, alertsSchema, attentionSchema, type ActivityPage } from '../../src/api/activity-contract';
import {
  accountPageSchema,
  accountSchema,
  actionResultSchema,
  endedPageSchema,
  problemSchema,
} from '../../src/api/contract';
import type { HistoryEntry } from '../../src/api/contract';
import { addDays } from '../../src/domain/calendar';
import { postJson, type ContractTarget } from './contract-target';

let sequence = 0;
async function addCustomer(target: ContractTarget, organizationName: string) {
  sequence += 1;
  const response = await postJson(target, '/api/v1/accounts', {
    email: `watch.${Date.now().toString(36)}.${sequence}@Watch-Contract.example`,
    organizationName,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return accountSchema.parse(await response.json());
}

async function activity(target: ContractTarget, query: string): Promise<ActivityPage> {
  const response = await target.request(`/api/v1/activity?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return activityPageSchema.parse(await response.json());
}

/** Every page under a filter, checking each page's totals agree with the first's. */
async function walkActivity(target: ContractTarget, query: string, limit = 2) {
  const items: HistoryEntry[] = [];
  let cursor: string | null = null;
  let first: ActivityPage | null = null;
  do {
    const page = await activity(
      target,
      `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (first) expect([page.total, page.chargedCents]).toEqual([first.total, first.chargedCents]);
    first ??= page;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, total: first.total, chargedCents: first.chargedCents };
}

function expectNewestFirst(items: readonly HistoryEntry[]) {
  for (let index = 1; index < items.length; index += 1) {
    const [a, b] = [items[index - 1]!, items[index]!];
    const order = a.at === b.at ? Number(a.id) - Number(b.id) : Date.parse(a.at) - Date.parse(b.at);
    expect(order, `${a.id} before ${b.id}`).toBeGreaterThan(0);
  }
}

async function expectProblem(response: Response, field: string) {
  expect(response.status).toBe(422);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Object.keys(problemSchema.parse(await response.json()).errors ?? {})).toContain(field);
}

/** A trial made paid (charged now) with its trial extended first: three entries by the signed-in staff member. */
async function chargedCustomer(target: ContractTarget, organizationName: string) {
  const account = await addCustomer(target, organizationName);
  const path = `/api/v1/accounts/${account.accountNumber}`;
  expect((await postJson(target, `${path}/extend-trial`, { days: 7 })).status).toBe(200);
  const upgraded = await postJson(target, `${path}/upgrade`, { seats: 4 });
  expect(upgraded.status).toBe(200);
  const { chargeCents } = actionResultSchema.parse(await upgraded.json());
  return { account, chargeCents: chargeCents ?? 0 };
}

/** Activity's filters, export, the attention counts and the alerts, over every store. */
export function describeWatchContract(
  name: string,
  target: () => ContractTarget,
  /** A staff member of another MSP, where the deployment has one. */
  otherMsp?: () => ContractTarget,
) {
  describe(`API contract, Activity filters and alerts: ${name}`, () => {
    it.skipIf(!otherMsp)('keeps Activity, its export and the alert state to each MSP and staff member', async () => {
      const { account } = await chargedCustomer(target(), 'Watch Own Fleet Ltd');
      await putDigest(target(), true);
      const other = otherMsp!();
      expect(await activity(other, `account=${account.accountNumber}`)).toMatchObject({ total: 0, chargedCents: 0 });
      const csv = await (await other.request(`/api/v1/activity/export?account=${account.accountNumber}`)).text();
      expect(parse(csv, { columns: true })).toEqual([]);
      const theirs = await putDigest(other, false);
      expect([theirs.digest, theirs.items]).toEqual([false, []]);
      expect((await putDigest(target(), true)).digest).toBe(true);
    });

    it('filters Activity by account, action, staff member and days, with keyset pages and the total charged', async () => {
      const { account, chargeCents } = await chargedCustomer(target(), 'Watch Filters Ltd');
      expect(chargeCents).toBeGreaterThan(0);
      const mine = await walkActivity(target(), `account=${account.accountNumber}`, 1);
      expect(mine.items.map((entry) => entry.action)).toEqual(['upgraded', 'trial-extended', 'created']);
      expect(mine.total).toBe(3);
      expect(mine.chargedCents).toBe(chargeCents);
      expectNewestFirst(mine.items);

      const upgrades = await walkActivity(target(), `account=${account.accountNumber}&action=upgraded`);
      expect(upgrades.items.map((entry) => entry.action)).toEqual(['upgraded']);
      expect(upgrades.chargedCents).toBe(chargeCents);

      // The staff member, typed in another case: every entry of theirs, across pages, and only theirs.
      const me = mine.items[0]!.actor;
      const theirs = await walkActivity(target(), `actor=${encodeURIComponent(me.toUpperCase())}`, 7);
      expect(theirs.items.every((entry) => entry.actor === me)).toBe(true);
      expect(new Set(theirs.items.map((entry) => entry.id)).size).toBe(theirs.items.length);
      expect(theirs.total).toBe(theirs.items.length);
      expect(theirs.chargedCents).toBe(theirs.items.reduce((sum, entry) => sum + (entry.chargeCents ?? 0), 0));
      expectNewestFirst(theirs.items);
      expect(theirs.items.map((entry) => entry.id)).toEqual(
        expect.arrayContaining(mine.items.map((entry) => entry.id)),
      );

      // Days are inclusive UTC calendar days.
      const day = mine.items[0]!.at.slice(0, 10);
      const onDay = `account=${account.accountNumber}&from=${day}&to=${day}`;
      expect((await walkActivity(target(), onDay)).total).toBe(3);
      expect((await activity(target(), `account=${account.accountNumber}&from=${addDays(day, 1)}`)).total).toBe(0);
      expect((await activity(target(), `account=${account.accountNumber}&to=${addDays(day, -1)}`)).total).toBe(0);
      expect(await activity(target(), `account=${account.accountNumber}&action=cancelled`)).toMatchObject({
        items: [],
        nextCursor: null,
        total: 0,
        chargedCents: 0,
      });
    });

    it('refuses filters that cannot be, naming the field', async () => {
      await expectProblem(await target().request('/api/v1/activity?action=DROP%20TABLE'), 'action');
      await expectProblem(await target().request('/api/v1/activity?from=2026-02-30'), 'from');
      await expectProblem(await target().request('/api/v1/activity?to=yesterday'), 'to');
      await expectProblem(await target().request('/api/v1/activity?from=2026-11-10&to=2026-11-09'), 'to');
      await expectProblem(await target().request('/api/v1/activity?account=%00'), 'account');
      await expectProblem(await target().request('/api/v1/activity/export?from=x'), 'from');
    });

    it('exports the filtered Activity as CSV, every page of it, with formulas neutralised', async () => {
      const { account, chargeCents } = await chargedCustomer(target(), '=HYPERLINK("http://evil.example","x")');
      const response = await target().request(`/api/v1/activity/export?account=${account.accountNumber}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="activity-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const rows = parse<Record<string, string>>(await response.text(), { columns: true });
      expect(rows.map((row) => row.Action)).toEqual(['upgraded', 'trial-extended', 'created']);
      expect(rows.every((row) => row.Organization === `'=HYPERLINK("http://evil.example","x")`)).toBe(true);
      expect(rows.every((row) => row.Account === account.accountNumber)).toBe(true);
      const charged = rows.reduce((sum, row) => sum + (row.Charged ? Math.round(Number(row.Charged) * 100) : 0), 0);
      expect(charged).toBe(chargeCents);

      // More rows than one export page: the CSV holds every entry the filter passes, as the pages do.
      const me = rows[0]!.By!;
      const all = await walkActivity(target(), `actor=${encodeURIComponent(me)}`, 200);
      const csv = await (await target().request(`/api/v1/activity/export?actor=${encodeURIComponent(me)}`)).text();
      const exported = parse<Record<string, string>>(csv, { columns: true });
      expect(exported.length).toBe(all.total);
      expect(exported.map((row) => row['At (UTC)'])).toEqual(all.items.map((entry) => entry.at));
    });

    it('counts what needs attention as the boards count it under the linked filters', async () => {
      // One of each, whatever the seeded fleet holds.
      const cancelling = await addCustomer(target(), 'Watch Cancelling');
      await postJson(target(), `/api/v1/accounts/${cancelling.accountNumber}/upgrade`, { seats: 2 });
      await postJson(target(), `/api/v1/accounts/${cancelling.accountNumber}/cancel`, {});

      const response = await target().request('/api/v1/attention');
      expect(response.status).toBe(200);
      const attention = attentionSchema.parse(await response.json());
      const total = async (query: string) =>
        accountPageSchema.parse(await (await target().request(`/api/v1/accounts?${query}&limit=1`)).json()).total;
      expect(attention.trialsEndingToday).toBe(await total('status=trial&endsWithin=0'));
      expect(attention.trialsEndingIn3Days).toBe(await total('status=trial&endsWithin=3'));
      expect(attention.trialsEndingIn7Days).toBe(await total('status=trial&endsWithin=7'));
      expect(attention.overSeats).toBe(await total('status=paid&overSeats=true'));
      expect(attention.cancellingThisPeriod).toBe(await total('status=paid&cancelling=true'));
      expect(attention.cancellingThisPeriod).toBeGreaterThan(0);

      const ended = [];
      let cursor: string | null = null;
      do {
        const page = endedPageSchema.parse(
          await (
            await target().request(
              `/api/v1/ended-accounts?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
            )
          ).json(),
        );
        ended.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const by = addDays(attention.asOf, 3);
      expect(attention.deletionsIn3Days).toBe(
        ended.filter((account) => account.status === 'removed' && (account.deleteAfter ?? '') <= by).length,
      );
    });

    it('keeps each staff member’s digest setting and read state, and lists what is due', async () => {
      const off = await putDigest(target(), false);
      expect(off.digest).toBe(false);
      expect(off.unread).toBe(0);
      expect(off.items).toEqual([]);

      const on = await putDigest(target(), true);
      expect(on.digest).toBe(true);
      const attention = attentionSchema.parse(await (await target().request('/api/v1/attention')).json());
      const countOf = (kind: string) => on.items.find((item) => item.kind === kind)?.count ?? 0;
      expect(countOf('trials-ending-today')).toBe(attention.trialsEndingToday);
      expect(countOf('trials-ending-soon')).toBe(attention.trialsEndingIn3Days - attention.trialsEndingToday);
      expect(countOf('over-seats')).toBe(attention.overSeats);
      expect(countOf('cancellations')).toBe(attention.cancellingThisPeriod);
      expect(countOf('deletions')).toBe(attention.deletionsIn3Days);
      for (const item of on.items) {
        expect(item.day).toBe(attention.asOf);
        expect(item.accounts.length).toBeGreaterThan(0);
        expect(item.accounts.length).toBeLessThanOrEqual(Math.min(5, item.count));
      }
      if (on.lastReadAt === null) expect(on.unread).toBe(on.items.length);

      const read = alertsSchema.parse(await (await postJson(target(), '/api/v1/alerts/read', {})).json());
      expect(read.unread).toBe(0);
      expect(read.lastReadAt).not.toBeNull();
      const again = alertsSchema.parse(await (await target().request('/api/v1/alerts')).json());
      expect([again.digest, again.unread, again.lastReadAt]).toEqual([true, 0, read.lastReadAt]);

      await expectProblem(
        await target().request('/api/v1/alerts/settings', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ digest: 'yes' }),
        }),
        'digest',
      );
    });
  });
}

async function putDigest(target: ContractTarget, digest: boolean) {
  const response = await target.request('/api/v1/alerts/settings', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ digest }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return alertsSchema.parse(await response.json());
}
