import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  accountSchema,
  organizationNameUseSchema,
  problemSchema,
  summarySchema,
  type Account,
  type AccountPage,
} from '../../src/api/contract';
import { addDays } from '../../src/domain/calendar';
import { monitoredUsersOf } from '../../src/domain/freemium';
import { postJson, type ContractTarget } from './contract-target';

async function json<T>(response: Response, schema: { parse: (value: unknown) => T }): Promise<T> {
  return schema.parse(await response.json());
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(await response.json());
  expect(problem.status).toBe(status);
  expect(problem.title.length).toBeGreaterThan(3);
  return problem;
}

async function wholeBoard(target: ContractTarget, status: string, limit = 7) {
  const items: Account[] = [];
  let cursor: string | null = null;
  let first: AccountPage | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: AccountPage = await json(
      await target.request(`/api/v1/accounts?status=${status}&sort=newest&limit=${limit}${query}`),
      accountPageSchema,
    );
    first ??= page;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, total: first.total, monitoredUsersTotal: first.monitoredUsersTotal };
}

let sequence = 0;
function uniqueEmail(prefix = 'contract'): string {
  sequence += 1;
  return `${prefix}.${Date.now().toString(36)}.${sequence}@contract.example`;
}

/**
 * The API's contract, as requests and expectations. It runs against every
 * store the API can sit on, so the demo and the live server answer alike.
 */
export function describeAccountsContract(name: string, target: () => ContractTarget) {
  describe(`API contract: ${name}`, () => {
    describe('boards', () => {
      it.each(['paid', 'trial', 'expired'])('pages through the whole %s board, newest first', async (status) => {
        const board = await wholeBoard(target(), status);
        expect(board.items).toHaveLength(board.total);
        expect(new Set(board.items.map((item) => item.accountNumber)).size).toBe(board.total);
        expect(board.items.every((item) => item.status === status)).toBe(true);
        // Freemium monitors up to its limit: the Expired board's total counts only the users it monitors.
        expect(board.monitoredUsersTotal).toBe(
          board.items.reduce((sum, item) => sum + monitoredUsersOf(item.status, item.monitoredUsers), 0),
        );
        const created = board.items.map((item) => item.createdAt);
        expect(created).toEqual([...created].sort().reverse());
      });

      it('keeps trial facts on trials and billing facts on paid accounts', async () => {
        const paid = await wholeBoard(target(), 'paid');
        const trials = await wholeBoard(target(), 'trial');
        expect(paid.items.every((item) => item.trialEndsAt === null && item.seats !== null)).toBe(true);
        expect(trials.items.every((item) => item.seats === null && item.trialEndsAt! >= target().today)).toBe(true);
      });

      it('refuses a bad status, limit or cursor with problem+json', async () => {
        await expectProblem(await target().request('/api/v1/accounts?status=gold'), 422);
        await expectProblem(await target().request('/api/v1/accounts'), 422);
        await expectProblem(await target().request('/api/v1/accounts?status=paid&limit=0'), 422);
        await expectProblem(await target().request('/api/v1/accounts?status=paid&limit=5000'), 422);
        await expectProblem(await target().request('/api/v1/accounts?status=paid&cursor=garbage!'), 422);
      });
    });

    describe('summary', () => {
      it('bills monitored users on paid accounts only and counts each board', async () => {
        const summary = await json(await target().request('/api/v1/summary'), summarySchema);
        const [paid, trial, expired] = await Promise.all(
          ['paid', 'trial', 'expired'].map((status) => wholeBoard(target(), status, 200)),
        );
        expect(summary.activeUsers).toBe(paid!.monitoredUsersTotal);
        expect(summary.counts).toEqual({ paid: paid!.total, trial: trial!.total, expired: expired!.total });
        expect(summary.asOf).toBe(target().today);
      });
    });

    describe('adding a customer', () => {
      it('creates a 30-day trial, first on Active Trials, readable by its number', async () => {
        const before = await json(await target().request('/api/v1/summary'), summarySchema);
        const email = uniqueEmail();
        const response = await postJson(target(), '/api/v1/accounts', {
          email: `  ${email}  `,
          organizationName: '  Contract   Testing Ltd ',
        });
        expect(response.status).toBe(201);
        const account = await json(response, accountSchema);
        expect(account).toMatchObject({
          email,
          organizationName: 'Contract Testing Ltd',
          status: 'trial',
          monitoredUsers: 0,
          seats: null,
          // A 30-day trial: today is its first day, so its last is 29 days on.
          trialEndsAt: addDays(target().today, 29),
        });
        expect(response.headers.get('location')).toMatch(new RegExp(`/api/v1/accounts/${account.accountNumber}$`));

        const read = await json(await target().request(`/api/v1/accounts/${account.accountNumber}`), accountSchema);
        expect(read).toEqual(account);
        const trials = await json(
          await target().request('/api/v1/accounts?status=trial&sort=newest&limit=1'),
          accountPageSchema,
        );
        expect(trials.items[0]?.accountNumber).toBe(account.accountNumber);

        const after = await json(await target().request('/api/v1/summary'), summarySchema);
        expect(after.counts.trial).toBe(before.counts.trial + 1);
        expect(after.activeUsers).toBe(before.activeUsers);
      });

      it('gives new accounts numbers that are not a count: random, distinct, never in sequence', async () => {
        const numbers: string[] = [];
        for (let index = 0; index < 6; index += 1) {
          const response = await postJson(target(), '/api/v1/accounts', {
            email: uniqueEmail('numbered'),
            organizationName: `Numbered ${index}`,
          });
          numbers.push(accountSchema.parse(await response.json()).accountNumber);
        }
        expect(numbers.every((number) => /^AC-\d{8}$/.test(number))).toBe(true);
        expect(new Set(numbers).size).toBe(numbers.length);
        const values = numbers.map((number) => Number(number.slice(3)));
        // A sequence (global or per MSP) would step by 1 (or by what other MSPs created meanwhile): never 6 times.
        const steps = values.slice(1).map((value, index) => value - values[index]!);
        expect(steps.filter((step) => step > 0 && step < 1_000).length).toBeLessThan(steps.length);
      });

      it('refuses an email in use, whatever its case and spacing, with 409', async () => {
        const email = uniqueEmail('dup');
        expect((await postJson(target(), '/api/v1/accounts', { email, organizationName: 'First' })).status).toBe(201);
        for (const variant of [email, email.toUpperCase(), `  ${email} `]) {
          const problem = await expectProblem(
            await postJson(target(), '/api/v1/accounts', { email: variant, organizationName: 'Second' }),
            409,
          );
          expect(problem.errors?.email).toBe('This email address is already in use');
          expect(JSON.stringify(problem)).not.toContain('First');
        }
      });

      it('gives one account to 50 simultaneous requests for one email', async () => {
        const email = uniqueEmail('race');
        const responses = await Promise.all(
          Array.from({ length: 50 }, (_, index) =>
            postJson(target(), '/api/v1/accounts', {
              email: index % 2 ? email.toUpperCase() : email,
              organizationName: `Racer ${index}`,
            }),
          ),
        );
        const statuses = responses.map((response) => response.status).sort();
        expect(statuses.filter((status) => status === 201)).toHaveLength(1);
        expect(statuses.filter((status) => status === 409)).toHaveLength(49);
      });

      it('names each invalid field with 422', async () => {
        const problem = await expectProblem(
          await postJson(target(), '/api/v1/accounts', { email: 'nope', organizationName: ' ' }),
          422,
        );
        expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['email', 'organizationName']);

        const long = await expectProblem(
          await postJson(target(), '/api/v1/accounts', { email: uniqueEmail(), organizationName: 'x'.repeat(101) }),
          422,
        );
        expect(long.errors?.organizationName).toMatch(/100/);
      });

      it('refuses wrong types, missing and unknown fields with 422', async () => {
        await expectProblem(await postJson(target(), '/api/v1/accounts', { email: 42, organizationName: [] }), 422);
        await expectProblem(await postJson(target(), '/api/v1/accounts', { email: uniqueEmail() }), 422);
        await expectProblem(await postJson(target(), '/api/v1/accounts', []), 422);
        const unknown = await expectProblem(
          await postJson(target(), '/api/v1/accounts', { email: uniqueEmail(), organizationName: 'A', plan: 'paid' }),
          422,
        );
        expect(JSON.stringify(unknown.errors)).toContain('plan');
      });

      it('reads the media type: JSON in any case and with parameters, nothing that only mentions JSON', async () => {
        const body = JSON.stringify({ email: uniqueEmail('media'), organizationName: 'Media Type Ltd' });
        const send = (type: string) =>
          target().request('/api/v1/accounts', { method: 'POST', body, headers: { 'Content-Type': type } });
        for (const type of ['text/plain; charset=application/json', 'application/jsonx'])
          await expectProblem(await send(type), 415);
        await expectProblem(
          await target().request('/api/v1/accounts', { method: 'POST', body: new TextEncoder().encode(body) }),
          415,
        );
        expect((await send('APPLICATION/JSON; charset=UTF-8')).status).toBe(201);
      });

      it('takes a body-less action sent as an empty stream with no length, as MSW hands it over', async () => {
        const created = await postJson(target(), '/api/v1/accounts', {
          email: uniqueEmail('stream'),
          organizationName: 'Empty Stream Ltd',
        });
        const { accountNumber } = (await created.json()) as { accountNumber: string };
        const emptyStream = new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
        const response = await target().request(`/api/v1/accounts/${accountNumber}/end-trial`, {
          method: 'POST',
          body: emptyStream,
          duplex: 'half',
        } as RequestInit);
        expect(response.status).toBe(200);
      });

      it('names an unknown field called __proto__', async () => {
        const response = await postJson(
          target(),
          '/api/v1/accounts',
          `{"email":"${uniqueEmail('proto')}","organizationName":"Proto Ltd","__proto__":{"admin":true}}`,
        );
        // Read as JSON.parse reads it (own keys): a zod record, like `{ __proto__: … }` in a literal,
        // would set the prototype and name no key.
        const problem = JSON.parse(await response.clone().text()) as { errors?: Record<string, string> };
        await expectProblem(response, 422);
        expect(Object.entries(problem.errors ?? {})).toEqual([['__proto__', 'Unknown field']]);
      });

      it('refuses malformed JSON, other media types and oversized bodies', async () => {
        await expectProblem(await postJson(target(), '/api/v1/accounts', '{"email": "a@b.co",'), 400);
        await expectProblem(
          await target().request('/api/v1/accounts', {
            method: 'POST',
            body: 'email=a@b.co',
            headers: { 'Content-Type': 'text/plain' },
          }),
          415,
        );
        await expectProblem(
          await postJson(target(), '/api/v1/accounts', { email: uniqueEmail(), organizationName: 'x'.repeat(100_000) }),
          413,
        );
        // And it keeps serving.
        expect((await target().request('/api/v1/summary')).status).toBe(200);
      });
    });

    describe('organization names already in use', () => {
      it('finds this MSP’s accounts of the same name, folding case and spaces, so Add Customer can warn', async () => {
        // An s in the name too: a regular expression that lost its backslash folds runs of s as white space.
        const name = `Twin Name Associates ${uniqueEmail('co')}`;
        const created = await json(
          await postJson(target(), '/api/v1/accounts', { email: uniqueEmail(), organizationName: name }),
          accountSchema,
        );
        const asTyped = `  ${name.toUpperCase().replace(' ', '   ')} `;
        const use = await json(
          await target().request(`/api/v1/organization-names?name=${encodeURIComponent(asTyped)}`),
          organizationNameUseSchema,
        );
        expect(use.accounts).toEqual([
          { accountNumber: created.accountNumber, organizationName: name, status: 'trial' },
        ]);
        // A second account of that name is allowed: the check warns, it does not refuse.
        const second = await postJson(target(), '/api/v1/accounts', { email: uniqueEmail(), organizationName: name });
        expect(second.status).toBe(201);
        const both = await json(
          await target().request(`/api/v1/organization-names?name=${encodeURIComponent(name)}`),
          organizationNameUseSchema,
        );
        expect(both.accounts).toHaveLength(2);
      });

      it('answers an empty list for a name nobody uses, and 422 without a name', async () => {
        const unused = await json(
          await target().request(`/api/v1/organization-names?name=${encodeURIComponent(uniqueEmail('nobody'))}`),
          organizationNameUseSchema,
        );
        expect(unused.accounts).toEqual([]);
        await expectProblem(await target().request('/api/v1/organization-names'), 422);
        await expectProblem(await target().request('/api/v1/organization-names?name=%20%20'), 422);
      });
    });

    describe('reading one account', () => {
      it('answers 404 problem+json for an unknown account or route', async () => {
        await expectProblem(await target().request('/api/v1/accounts/AC-999999'), 404);
        await expectProblem(await target().request('/api/v1/nothing-here'), 404);
      });
    });
  });
}
