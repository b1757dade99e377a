import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  billingExportColumns,
  boardExportColumns,
  bulkOutcomeSchema,
  type BulkOutcome,
} from '../../src/api/bulk-contract';
import {
  accountPageSchema,
  accountSchema,
  actionResultSchema,
  historyPageSchema,
  problemSchema,
  summarySchema,
  type Account,
} from '../../src/api/contract';
import { postJson, type ContractTarget } from './contract-target';

let sequence = 0;
async function addCustomer(target: ContractTarget, organizationName: string): Promise<Account> {
  sequence += 1;
  const response = await postJson(target, '/api/v1/accounts', {
    email: `bulk.${Date.now().toString(36)}.${sequence}@Bulk-Contract.example`,
    organizationName,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return accountSchema.parse(await response.json());
}

async function account(target: ContractTarget, accountNumber: string): Promise<Account> {
  return accountSchema.parse(await (await target.request(`/api/v1/accounts/${accountNumber}`)).json());
}

async function bulk(target: ContractTarget, body: unknown): Promise<BulkOutcome> {
  const response = await postJson(target, '/api/v1/accounts/bulk', body);
  expect(response.status, await response.clone().text()).toBe(200);
  return bulkOutcomeSchema.parse(await response.json());
}

async function refusedWhole(target: ContractTarget, body: unknown, field: string) {
  const response = await postJson(target, '/api/v1/accounts/bulk', body);
  expect(response.status).toBe(422);
  const problem = problemSchema.parse(await response.json());
  expect(Object.keys(problem.errors ?? {})).toContain(field);
}

async function boardTotal(target: ContractTarget, query: string): Promise<number> {
  return accountPageSchema.parse(await (await target.request(`/api/v1/accounts?${query}`)).json()).total;
}

async function csv(target: ContractTarget, path: string): Promise<{ text: string; rows: string[][] }> {
  const response = await target.request(path);
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+\.csv"$/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A UTF-8 byte order mark first, so that spreadsheets read accented names right.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  return { text, rows: parse(text, { bom: true, relax_column_count: false }) };
}

/** "1234.50" as cents, refusing any other form: the file must write amounts exactly. */
function cents(amount: string): number {
  expect(amount).toMatch(/^\d+\.\d{2}$/);
  const [whole, fraction] = amount.split('.');
  return Number(whole) * 100 + Number(fraction);
}

/** Every charge in history dated in the month, by account. */
async function historyCharges(target: ContractTarget, month: string): Promise<Map<string, number>> {
  const charges = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query: string = `/api/v1/activity?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = historyPageSchema.parse(await (await target.request(query)).json());
    for (const entry of page.items)
      if (entry.at.startsWith(month) && entry.chargeCents !== null)
        charges.set(entry.accountNumber, (charges.get(entry.accountNumber) ?? 0) + entry.chargeCents);
    cursor = page.items.some((entry) => entry.at < month) ? null : page.nextCursor;
  } while (cursor);
  return charges;
}

/** Bulk actions and the CSV exports, over every store. */
export function describeBulkContract(name: string, target: () => ContractTarget) {
  describe(`API contract, bulk actions and exports: ${name}`, () => {
    it('acts on each account on its own: some succeed, some are refused with the reason, nothing else changes', async () => {
      const first = await addCustomer(target(), 'Bulkpart First');
      const second = await addCustomer(target(), 'Bulkpart Second');
      const capped = await addCustomer(target(), 'Bulkpart Capped');
      for (let index = 0; index < 2; index += 1)
        expect(
          (await postJson(target(), `/api/v1/accounts/${capped.accountNumber}/extend-trial`, { days: 30 })).status,
        ).toBe(200);
      const paid = accountPageSchema.parse(
        await (await target().request('/api/v1/accounts?status=paid&limit=1')).json(),
      ).items[0]!;
      const bystander = await addCustomer(target(), 'Bulkpart Bystander');
      const before = {
        capped: await account(target(), capped.accountNumber),
        paid: await account(target(), paid.accountNumber),
        bystander: await account(target(), bystander.accountNumber),
        summary: await (await target().request('/api/v1/summary')).json(),
      };

      const outcome = await bulk(target(), {
        action: 'extendTrial',
        days: 30,
        accountNumbers: [
          first.accountNumber,
          second.accountNumber,
          capped.accountNumber,
          paid.accountNumber,
          'AC-99999999',
          first.accountNumber,
        ],
      });
      expect(outcome.succeeded).toEqual([
        { accountNumber: first.accountNumber, organizationName: 'Bulkpart First' },
        { accountNumber: second.accountNumber, organizationName: 'Bulkpart Second' },
      ]);
      expect(outcome.refused).toEqual([
        {
          accountNumber: capped.accountNumber,
          organizationName: 'Bulkpart Capped',
          status: 409,
          title: expect.stringMatching(/^A trial can run at most 90 days/),
        },
        {
          accountNumber: paid.accountNumber,
          organizationName: paid.organizationName,
          status: 409,
          title: 'Only a trial can be extended',
        },
        { accountNumber: 'AC-99999999', organizationName: null, status: 404, title: 'Account not found' },
      ]);
      expect([outcome.nextCursor, outcome.matched]).toEqual([null, null]);

      // Extended once each (the duplicate number is acted on once), with history as the single action writes it.
      for (const done of [first, second]) {
        const now = await account(target(), done.accountNumber);
        expect(now.trialEndsAt! > done.trialEndsAt!).toBe(true);
        const history = historyPageSchema.parse(
          await (await target().request(`/api/v1/accounts/${done.accountNumber}/history`)).json(),
        );
        expect(history.items.map((entry) => entry.action)).toEqual(['trial-extended', 'created']);
        expect(history.items[0]!.summary).toBe(`Trial extended by 30 days, to ${now.trialEndsAt}`);
      }
      expect(await account(target(), capped.accountNumber)).toEqual(before.capped);
      expect(await account(target(), paid.accountNumber)).toEqual(before.paid);
      expect(await account(target(), bystander.accountNumber)).toEqual(before.bystander);
      expect(await (await target().request('/api/v1/summary')).json()).toEqual(before.summary);
      const cappedHistory = historyPageSchema.parse(
        await (await target().request(`/api/v1/accounts/${capped.accountNumber}/history`)).json(),
      );
      expect(cappedHistory.items).toHaveLength(3);
    }, 60_000);

    it('works through "all matching" in chunks with a cursor while the accounts leave the board', async () => {
      const token = `Bulkchunk${Date.now().toString(36)}`;
      const made: Account[] = [];
      for (let index = 0; index < 10; index += 1) made.push(await addCustomer(target(), `${token} ${index}`));
      const expiredBefore = await boardTotal(target(), 'status=expired');
      // The board's own sort, limit and cursor are not the bulk action's: the set is walked newest first.
      const matching = { status: 'trial', q: token, sort: 'name', limit: '2' };
      const newestFirst = [...made]
        .sort((a, b) =>
          a.createdAt !== b.createdAt
            ? b.createdAt.localeCompare(a.createdAt)
            : b.accountNumber.localeCompare(a.accountNumber),
        )
        .map((one) => one.accountNumber);

      const chunks: BulkOutcome[] = [];
      let cursor: string | null = null;
      do {
        const chunk: BulkOutcome = await bulk(target(), {
          action: 'endTrial',
          matching,
          limit: 4,
          ...(cursor ? { cursor } : {}),
        });
        chunks.push(chunk);
        cursor = chunk.nextCursor;
      } while (cursor && chunks.length < 10);
      expect(chunks.map((chunk) => chunk.succeeded.length)).toEqual([4, 4, 2]);
      // Each chunk counts what still matches: the first is the whole set ("4 of 10").
      expect(chunks.map((chunk) => chunk.matched)).toEqual([10, 6, 2]);
      expect(chunks.flatMap((chunk) => chunk.refused)).toEqual([]);
      expect(chunks.flatMap((chunk) => chunk.succeeded.map((done) => done.accountNumber))).toEqual(newestFirst);

      expect(await boardTotal(target(), `status=trial&q=${token}`)).toBe(0);
      expect(await boardTotal(target(), `status=expired&q=${token}`)).toBe(10);
      expect(await boardTotal(target(), 'status=expired')).toBe(expiredBefore + 10);

      // A cursor is of one list only; then the last chunk's accounts are removed, and are gone from the board.
      await refusedWhole(
        target(),
        { action: 'removeExpired', matching: { status: 'expired', q: token }, cursor: chunks[0]!.nextCursor },
        'cursor',
      );
      const removed = await bulk(target(), {
        action: 'removeExpired',
        matching: { status: 'expired', q: token },
        limit: 3,
      });
      expect(removed.succeeded.map((done) => done.accountNumber)).toEqual(newestFirst.slice(0, 3));
      expect(await boardTotal(target(), `status=expired&q=${token}`)).toBe(7);
      // Acting again on accounts already ended: each refused with its reason, nothing else changed.
      const again = await bulk(target(), { action: 'endTrial', accountNumbers: newestFirst.slice(3, 5) });
      expect(again.succeeded).toEqual([]);
      expect(again.refused.map((refusal) => [refusal.status, refusal.title])).toEqual([
        [409, expect.any(String)],
        [409, expect.any(String)],
      ]);
    }, 60_000);

    it('refuses a request it cannot act on as a whole, with the field that is wrong', async () => {
      const trial = await addCustomer(target(), 'Bulkrefuse Trial');
      const some = [trial.accountNumber];
      await refusedWhole(target(), { action: 'extendTrial', accountNumbers: some }, 'days');
      await refusedWhole(target(), { action: 'extendTrial', days: 10, accountNumbers: some }, 'days');
      await refusedWhole(target(), { action: 'endTrial', days: 7, accountNumbers: some }, 'days');
      await refusedWhole(target(), { action: 'endTrial' }, 'accountNumbers');
      await refusedWhole(
        target(),
        { action: 'endTrial', accountNumbers: some, matching: { status: 'trial' } },
        'accountNumbers',
      );
      await refusedWhole(
        target(),
        { action: 'endTrial', accountNumbers: Array.from({ length: 101 }, () => trial.accountNumber) },
        'accountNumbers',
      );
      await refusedWhole(target(), { action: 'removeExpired', matching: { status: 'trial' } }, 'matching.status');
      await refusedWhole(target(), { action: 'endTrial', matching: { status: 'paid' } }, 'matching.status');
      await refusedWhole(
        target(),
        { action: 'endTrial', matching: { status: 'trial', overSeats: 'true' } },
        'overSeats',
      );
      expect(await account(target(), trial.accountNumber)).toEqual(trial);
    }, 60_000);

    it('exports a board as CSV: what it shows under its search, filter and sort, formulas neutralised', async () => {
      const token = `Csvboard${Date.now().toString(36)}`;
      const names = [
        `=HYPERLINK("http://x.example") ${token}`,
        `+${token} Plus`,
        `-${token} Minus`,
        `@${token} At`,
        `${token} Comma, "Quoted" Ltd`,
        `${token} Müller`,
      ];
      const made = [];
      for (const name of names) made.push(await addCustomer(target(), name));
      await postJson(target(), `/api/v1/accounts/${made[1]!.accountNumber}/extend-trial`, { days: 7 });

      const query = `status=trial&q=${encodeURIComponent(token)}&sort=name`;
      const board = accountPageSchema.parse(
        await (await target().request(`/api/v1/accounts?${query}&limit=200`)).json(),
      );
      const { rows } = await csv(target(), `/api/v1/accounts/export.csv?${query}`);
      expect(rows[0]).toEqual([...boardExportColumns]);
      const body = rows.slice(1);
      expect(body.map((row) => row[0])).toEqual(board.items.map((item) => item.accountNumber));
      expect(body).toHaveLength(names.length);
      for (const [index, item] of board.items.entries()) {
        const unsafe = /^[=+\-@]/.test(item.organizationName);
        expect(body[index]).toEqual([
          item.accountNumber,
          unsafe ? `'${item.organizationName}` : item.organizationName,
          item.email,
          'trial',
          item.createdAt.slice(0, 10),
          item.trialEndsAt,
          String(item.monitoredUsers),
          '',
          '',
          '',
          '',
          '',
        ]);
      }
      expect(body.map((row) => row[1])).toContain(`${token} Comma, "Quoted" Ltd`);
      expect(body.map((row) => row[1])).toContain(`'=HYPERLINK("http://x.example") ${token}`);

      // A filter narrows the file as it narrows the board; a paid board writes its money to the cent.
      const none = await csv(target(), `/api/v1/accounts/export.csv?${query}&endsWithin=0`);
      expect(none.rows).toEqual([[...boardExportColumns]]);
      const paid = await csv(target(), '/api/v1/accounts/export.csv?status=paid&sort=newest');
      const paidBoard = accountPageSchema.parse(
        await (await target().request('/api/v1/accounts?status=paid&sort=newest&limit=200')).json(),
      );
      expect(paid.rows.length - 1).toBe(paidBoard.total);
      const nextCharges = paid.rows.slice(1).reduce((sum, row) => sum + (row[11] ? cents(row[11]) : 0), 0);
      const summary = summarySchema.parse(await (await target().request('/api/v1/summary')).json());
      expect(nextCharges).toBe(summary.nextInvoiceCents);
    }, 60_000);

    it('exports the month’s billing reconciliation to the cent of history and the next invoice', async () => {
      const month = target().today.slice(0, 7);
      const one = await addCustomer(target(), 'Billrec One');
      const two = await addCustomer(target(), 'Billrec Two');
      const upgradeOne = actionResultSchema.parse(
        await (await postJson(target(), `/api/v1/accounts/${one.accountNumber}/upgrade`, { seats: 3 })).json(),
      );
      const upgradeTwo = actionResultSchema.parse(
        await (await postJson(target(), `/api/v1/accounts/${two.accountNumber}/upgrade`, { seats: 5 })).json(),
      );
      const added = actionResultSchema.parse(
        await (await postJson(target(), `/api/v1/accounts/${one.accountNumber}/seats`, { seats: 7 })).json(),
      );
      expect((await postJson(target(), `/api/v1/accounts/${two.accountNumber}/cancel`, {})).status).toBe(200);

      const { rows } = await csv(target(), `/api/v1/billing/reconciliation.csv?month=${month}`);
      expect(rows[0]).toEqual([...billingExportColumns]);
      const body = rows.slice(1);
      const byNumber = new Map(body.map((row) => [row[1]!, row]));
      expect(byNumber.size).toBe(body.length);
      expect(byNumber.get(one.accountNumber)).toEqual([
        month,
        one.accountNumber,
        'Billrec One',
        'paid',
        '7',
        '0',
        '30.00',
        '0.00',
        (added.chargeCents! / 100).toFixed(2),
        '0.00',
        ((upgradeOne.chargeCents! + added.chargeCents!) / 100).toFixed(2),
        '70.00',
        added.account.renewsOn,
      ]);
      // Cancelling: still paid this period, charged its first month, nothing on the next invoice.
      expect(byNumber.get(two.accountNumber)?.slice(3, 12)).toEqual([
        'paid',
        '5',
        '0',
        '50.00',
        '0.00',
        '0.00',
        '0.00',
        '50.00',
        '0.00',
      ]);
      expect(upgradeTwo.chargeCents).toBe(5000);

      for (const row of body) {
        const [first, renewals, additions, other, total] = row.slice(6, 11).map(cents) as [
          number,
          number,
          number,
          number,
          number,
        ];
        expect(first + renewals + additions + other).toBe(total);
      }
      // Every charge history dates in the month, per account, and the summary's next invoice, to the cent.
      const history = await historyCharges(target(), month);
      const charged = new Map(body.filter((row) => cents(row[10]!) > 0).map((row) => [row[1]!, cents(row[10]!)]));
      expect(charged).toEqual(history);
      const summary = summarySchema.parse(await (await target().request('/api/v1/summary')).json());
      expect(body.reduce((sum, row) => sum + cents(row[11]!), 0)).toBe(summary.nextInvoiceCents);
      expect(body.filter((row) => row[3] === 'paid')).toHaveLength(summary.counts.paid);
    }, 60_000);

    it('refuses a month that is not YYYY-MM or has not started', async () => {
      for (const month of ['2026-13', 'November', '9999-01', ''])
        expect((await target().request(`/api/v1/billing/reconciliation.csv?month=${month}`)).status).toBe(422);
    });
  });
}
