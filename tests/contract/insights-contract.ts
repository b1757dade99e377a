import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  accountSchema,
  insightsSchema,
  problemSchema,
  type Account,
  type Insights,
} from '../../src/api/contract';
import { addDays, daysBetween } from '../../src/domain/calendar';
import { utilisationBucket, utilisationBuckets } from '../../src/domain/insights';
import { postJson, type ContractTarget } from './contract-target';

async function insights(target: ContractTarget, query = ''): Promise<Insights> {
  const response = await target.request(`/api/v1/insights${query}`);
  expect(response.status).toBe(200);
  return insightsSchema.parse(await response.json());
}

async function wholeBoard(target: ContractTarget, status: string): Promise<Account[]> {
  const items: Account[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = accountPageSchema.parse(
      await (await target.request(`/api/v1/accounts?status=${status}&limit=200${query}`)).json(),
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

let sequence = 0;

/** GET /insights, against every store: the same figures the boards show, counted by the server. */
export function describeInsightsContract(name: string, target: () => ContractTarget) {
  describe(`Insights contract: ${name}`, () => {
    it('covers 30 days by default, and 90 or 365 when asked', async () => {
      const today = target().today;
      const month = await insights(target());
      expect(month).toMatchObject({ asOf: today, range: 30, from: addDays(today, -29) });
      expect(month.cohorts.at(-1)?.month).toBe(today.slice(0, 7));
      expect(month.cohorts[0]?.month).toBe(addDays(today, -29).slice(0, 7));
      const year = await insights(target(), '?range=365');
      expect(year).toMatchObject({ range: 365, from: addDays(today, -364) });
      expect(year.cohorts.length).toBeGreaterThanOrEqual(12);
      expect((await insights(target(), '?range=90')).from).toBe(addDays(today, -89));
    });

    it('refuses a range it does not offer with problem+json', async () => {
      for (const range of ['7', 'abc', '']) {
        const response = await target().request(`/api/v1/insights?range=${range}`);
        expect(response.status).toBe(422);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(problemSchema.parse(await response.json()).errors).toHaveProperty('range');
      }
    });

    it("has today's snapshot exactly once, however many requests the day has, and only days in range", async () => {
      await target().request('/api/v1/summary');
      const { snapshots, from, asOf } = await insights(target(), '?range=90');
      expect(snapshots.filter((snapshot) => snapshot.day === asOf)).toHaveLength(1);
      const days = snapshots.map((snapshot) => snapshot.day);
      expect(days).toEqual([...new Set(days)].sort());
      expect(days.every((day) => day >= from && day <= asOf)).toBe(true);
    });

    it('sorts the paid board into utilisation buckets, seats and users summed', async () => {
      const paid = await wholeBoard(target(), 'paid');
      const expected = utilisationBuckets.map((bucket) => {
        const inBucket = paid.filter((a) => utilisationBucket(a.monitoredUsers, a.seats ?? 0) === bucket);
        return {
          bucket,
          accounts: inBucket.length,
          seats: inBucket.reduce((sum, a) => sum + (a.seats ?? 0), 0),
          monitoredUsers: inBucket.reduce((sum, a) => sum + a.monitoredUsers, 0),
        };
      });
      expect((await insights(target())).utilisation).toEqual(expected);
    });

    it('counts every active trial in the pipeline by its days left', async () => {
      const trials = await wholeBoard(target(), 'trial');
      const { trialPipeline, asOf } = await insights(target());
      const byDaysLeft = (rows: Array<{ daysLeft: number; trials: number }>) => {
        const counts = new Map<number, number>();
        for (const row of rows) counts.set(row.daysLeft, (counts.get(row.daysLeft) ?? 0) + row.trials);
        return [...counts.entries()].sort((x, y) => x[0] - y[0]);
      };
      expect(byDaysLeft(trialPipeline)).toEqual(
        byDaysLeft(trials.map((trial) => ({ daysLeft: daysBetween(asOf, trial.trialEndsAt!), trials: 1 }))),
      );
    });

    it("counts new accounts in this month's cohort, and an upgrade as converted", async () => {
      const before = (await insights(target())).cohorts.at(-1)!;
      const created: Account[] = [];
      for (let index = 0; index < 2; index += 1) {
        sequence += 1;
        const response = await postJson(target(), '/api/v1/accounts', {
          email: `cohort.${Date.now().toString(36)}.${sequence}@insights.example`,
          organizationName: `Cohort ${sequence}`,
        });
        expect(response.status).toBe(201);
        created.push(accountSchema.parse(await response.json()));
      }
      const upgrade = await postJson(target(), `/api/v1/accounts/${created[0]!.accountNumber}/upgrade`, { seats: 5 });
      expect(upgrade.status).toBe(200);
      const after = (await insights(target())).cohorts.at(-1)!;
      expect(after.created - before.created).toBe(2);
      expect(after.converted - before.converted).toBe(1);
      expect(after.rate).toBeCloseTo(after.converted / after.created, 10);
    });
  });
}
