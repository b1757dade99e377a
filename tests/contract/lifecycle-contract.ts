import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  accountSchema,
  actionResultSchema,
  endedPageSchema,
  historyPageSchema,
  problemSchema,
  seatChangePreviewSchema,
  summarySchema,
  type Account,
} from '../../src/api/contract';
import { addDays } from '../../src/domain/calendar';
import { postJson, type ContractTarget } from './contract-target';

async function read<T>(response: Response, schema: { parse: (value: unknown) => T }, status = 200): Promise<T> {
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return schema.parse(body);
}

async function refused(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

let sequence = 0;
async function newTrial(target: ContractTarget): Promise<Account> {
  sequence += 1;
  const email = `lifecycle.${Date.now().toString(36)}.${sequence}@contract.example`;
  return read(
    await postJson(target, '/api/v1/accounts', { email, organizationName: `Lifecycle ${sequence}` }),
    accountSchema,
    201,
  );
}

function act(target: ContractTarget, account: Account, action: string, body?: unknown) {
  const path = `/api/v1/accounts/${account.accountNumber}/${action}`;
  return body === undefined ? target.request(path, { method: 'POST' }) : postJson(target, path, body);
}

/** The summary as an Admin reads it (with Next invoice). */
const summary = async (target: ContractTarget) => {
  const found = await read(await target.request('/api/v1/summary'), summarySchema);
  return { ...found, nextInvoiceCents: found.nextInvoiceCents ?? Number.NaN };
};

/** The lifecycle through the API, for every store the API runs on. */
export function describeLifecycleContract(name: string, target: () => ContractTarget) {
  describe(`lifecycle contract: ${name}`, () => {
    it('extends a trial from its end date, up to 90 days from creation and no further', async () => {
      const trial = await newTrial(target());
      const week = await read(await act(target(), trial, 'extend-trial', { days: 7 }), actionResultSchema);
      expect(week.account.trialEndsAt).toBe(addDays(target().today, 36));
      await read(await act(target(), trial, 'extend-trial', { days: 30 }), actionResultSchema);
      const capped = await refused(await act(target(), trial, 'extend-trial', { days: 30 }), 409);
      expect(capped.title).toMatch(/90 days/);
      await refused(await act(target(), trial, 'extend-trial', { days: 10 }), 422);
    });

    it('upgrades a trial: first month charged, on the Paid board and the next invoice at once', async () => {
      const before = await summary(target());
      const trial = await newTrial(target());
      await refused(await act(target(), trial, 'upgrade', { seats: 0 }), 422);
      const upgraded = await read(await act(target(), trial, 'upgrade', { seats: 5 }), actionResultSchema);
      expect(upgraded.chargeCents).toBe(5 * before.pricePerSeatCents);
      expect(upgraded.account).toMatchObject({
        status: 'paid',
        seats: 5,
        paidSince: target().today,
        trialEndsAt: null,
      });
      const paid = await read(
        await target().request('/api/v1/accounts?status=paid&sort=newest&limit=5'),
        accountPageSchema,
      );
      expect(paid.items[0]?.accountNumber).toBe(trial.accountNumber);
      const after = await summary(target());
      expect(after.counts.paid).toBe(before.counts.paid + 1);
      expect(after.nextInvoiceCents).toBe(before.nextInvoiceCents + 5 * before.pricePerSeatCents);
      await refused(await act(target(), trial, 'upgrade', { seats: 5 }), 409);
    });

    it('charges added seats as previewed, schedules a decrease, and withdraws it', async () => {
      const trial = await newTrial(target());
      await read(await act(target(), trial, 'upgrade', { seats: 5 }), actionResultSchema);
      const preview = await read(
        await target().request(`/api/v1/accounts/${trial.accountNumber}/seat-change?seats=8`),
        seatChangePreviewSchema,
      );
      expect(preview).toMatchObject({ effective: 'now', currentSeats: 5, newSeats: 8 });
      const added = await read(await act(target(), trial, 'seats', { seats: 8 }), actionResultSchema);
      expect(added.chargeCents).toBe(preview.chargeCents);
      expect(added.account.seats).toBe(8);

      const lowered = await read(await act(target(), trial, 'seats', { seats: 6 }), actionResultSchema);
      expect(lowered.account).toMatchObject({ seats: 8, pendingSeats: 6 });
      expect(lowered.chargeCents).toBeNull();
      const withdrawn = await read(
        await target().request(`/api/v1/accounts/${trial.accountNumber}/pending-seats`, { method: 'DELETE' }),
        actionResultSchema,
      );
      expect(withdrawn.account.pendingSeats).toBeNull();
    });

    it('refuses fewer seats than monitored users, saying how many to remove', async () => {
      const paid = await read(await target().request('/api/v1/accounts?status=paid&limit=200'), accountPageSchema);
      const busy = paid.items.find((account) => account.monitoredUsers >= 2 && account.cancelsOn === null);
      expect(busy).toBeDefined();
      const problem = await refused(await act(target(), busy!, 'seats', { seats: busy!.monitoredUsers - 1 }), 422);
      expect(problem.errors?.seats).toMatch(/Remove 1 user first/);
    });

    it('cancels at the period end, stays paid until then, and resumes', async () => {
      const trial = await newTrial(target());
      const upgraded = await read(await act(target(), trial, 'upgrade', { seats: 3 }), actionResultSchema);
      const before = await summary(target());
      const cancelled = await read(await act(target(), trial, 'cancel'), actionResultSchema);
      expect(cancelled.account).toMatchObject({
        status: 'paid',
        cancelsOn: upgraded.account.renewsOn,
        nextChargeCents: null,
      });
      expect((await summary(target())).nextInvoiceCents).toBe(before.nextInvoiceCents - 3 * before.pricePerSeatCents);
      await refused(await act(target(), trial, 'seats', { seats: 4 }), 409);
      const resumed = await read(await act(target(), trial, 'resume'), actionResultSchema);
      expect(resumed.account.cancelsOn).toBeNull();
      await refused(await act(target(), trial, 'resume'), 409);
    });

    it('removes only expired trials, keeps the email taken, and restores them', async () => {
      const trial = await newTrial(target());
      await refused(await act(target(), trial, 'remove'), 409);
      const ended = await read(await act(target(), trial, 'end-trial'), actionResultSchema);
      expect(ended.account.status).toBe('expired');
      const before = await summary(target());
      const removed = await read(await act(target(), trial, 'remove'), actionResultSchema);
      expect(removed.account).toMatchObject({ status: 'removed', deleteAfter: addDays(target().today, 14) });
      const after = await summary(target());
      expect(after.counts.expired).toBe(before.counts.expired - 1);
      expect(after.ended).toBe(before.ended + 1);
      const list = await read(await target().request('/api/v1/ended-accounts?limit=200'), endedPageSchema);
      expect(list.items.some((account) => account.accountNumber === trial.accountNumber)).toBe(true);
      await refused(
        await postJson(target(), '/api/v1/accounts', { email: trial.email, organizationName: 'Again' }),
        409,
      );

      const restored = await read(await act(target(), trial, 'restore'), actionResultSchema);
      expect(restored.account).toMatchObject({ status: 'expired', deleteAfter: null });
      await refused(await act(target(), trial, 'restore'), 409);
    });

    it('records who changed what, newest first, per account and for the fleet', async () => {
      const trial = await newTrial(target());
      await act(target(), trial, 'extend-trial', { days: 7 });
      await act(target(), trial, 'upgrade', { seats: 2 });
      const history = await read(
        await target().request(`/api/v1/accounts/${trial.accountNumber}/history`),
        historyPageSchema,
      );
      expect(history.items.map((entry) => entry.action)).toEqual(['upgraded', 'trial-extended', 'created']);
      expect(history.items[0]).toMatchObject({ chargeCents: 2000, after: { status: 'paid', seats: 2 } });
      expect(history.items.every((entry) => entry.actor.length > 0)).toBe(true);
      const fleet = await read(await target().request('/api/v1/activity?limit=3'), historyPageSchema);
      expect(fleet.items.map((entry) => entry.accountNumber)).toEqual(Array(3).fill(trial.accountNumber));

      const exported = await target().request(`/api/v1/accounts/${trial.accountNumber}/export`);
      expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
      const data = (await exported.json()) as { account: Account; history: unknown[] };
      expect(data.account.accountNumber).toBe(trial.accountNumber);
      expect(data.history).toHaveLength(3);
    });

    it('answers 404 for actions on an account that does not exist', async () => {
      const ghost = { accountNumber: 'AC-999999' } as Account;
      for (const action of ['upgrade', 'cancel', 'remove', 'restore', 'end-trial'])
        await refused(await act(target(), ghost, action, action === 'upgrade' ? { seats: 1 } : undefined), 404);
      await refused(await target().request('/api/v1/accounts/AC-999999/history'), 404);
    });
  });
}
