import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  accountSchema,
  boardQueryRules,
  problemSchema,
  type Account,
  type AccountSort,
} from '../../src/api/contract';
import { addDays } from '../../src/domain/calendar';
import { monitoredUsersOf } from '../../src/domain/freemium';
import { foldSearchText } from '../../src/domain/search-text';
import { postJson, type ContractTarget } from './contract-target';

type Board = 'paid' | 'trial' | 'expired';

async function page(target: ContractTarget, query: string) {
  const response = await target.request(`/api/v1/accounts?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return accountPageSchema.parse(await response.json());
}

/** Every page of a list, checking each page's totals agree with the first. */
async function walk(target: ContractTarget, query: string, limit = 7) {
  const items: Account[] = [];
  let cursor: string | null = null;
  let first: Awaited<ReturnType<typeof page>> | null = null;
  do {
    const current = await page(
      target,
      `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (first) expect([current.total, current.monitoredUsersTotal]).toEqual([first.total, first.monitoredUsersTotal]);
    first ??= current;
    items.push(...current.items);
    cursor = current.nextCursor;
  } while (cursor);
  return { items, total: first.total, monitoredUsersTotal: first.monitoredUsersTotal, boardTotal: first.boardTotal };
}

const numbers = (items: readonly Account[]) => items.map((item) => item.accountNumber).sort();

/** What each sort orders by, as the client can check it, and its direction. */
const sortValue: Record<AccountSort, (account: Account) => string | number> = {
  newest: (account) => account.createdAt,
  name: (account) => foldSearchText(account.organizationName),
  users: (account) => account.monitoredUsers,
  trialEnd: (account) => account.trialEndsAt ?? '',
  seats: (account) => account.seats ?? 0,
  nextCharge: (account) => account.nextChargeCents ?? 0,
};
const ascending: Record<AccountSort, boolean> = {
  newest: false,
  name: true,
  users: false,
  trialEnd: true,
  seats: false,
  nextCharge: false,
};

function expectSorted(items: readonly Account[], sort: AccountSort) {
  for (let index = 1; index < items.length; index += 1) {
    const [a, b] = [items[index - 1]!, items[index]!];
    const [va, vb] = [sortValue[sort](a), sortValue[sort](b)];
    const order = va < vb ? -1 : va > vb ? 1 : a.accountNumber < b.accountNumber ? -1 : 1;
    expect(ascending[sort] ? order : -order, `${sort}: ${a.accountNumber} before ${b.accountNumber}`).toBe(-1);
  }
}

async function expectProblem(response: Response, field: string) {
  expect(response.status).toBe(422);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(await response.json());
  expect(Object.keys(problem.errors ?? {})).toContain(field);
}

let sequence = 0;
async function addCustomer(target: ContractTarget, organizationName: string) {
  sequence += 1;
  const response = await postJson(target, '/api/v1/accounts', {
    email: `find.${Date.now().toString(36)}.${sequence}@Find-Contract.example`,
    organizationName,
  });
  expect(response.status).toBe(201);
  return accountSchema.parse(await response.json());
}

/** Search, filters and sorts of GET /accounts, over every store. */
export function describeFindContract(name: string, target: () => ContractTarget) {
  describe(`API contract, finding accounts: ${name}`, () => {
    it('finds by any word of the name, whatever the case and accents, by email and by number', async () => {
      const cafe = await addCustomer(target(), 'Zyqvo Café Société');
      const other = await addCustomer(target(), 'Zyqvo Bakery');
      const found = async (q: string) =>
        numbers((await walk(target(), `status=trial&q=${encodeURIComponent(q)}`)).items);
      expect(await found('société')).toEqual([cafe.accountNumber]);
      expect(await found('SOCIETE')).toEqual([cafe.accountNumber]);
      expect(await found('cafe zyqvo')).toEqual([cafe.accountNumber]);
      expect(await found('zyqvo')).toEqual(numbers([cafe, other]));
      expect(await found(cafe.email.toUpperCase())).toEqual([cafe.accountNumber]);
      expect(await found(cafe.accountNumber.toLowerCase())).toEqual([cafe.accountNumber]);
      expect(await found('zyqvo 100%_')).toEqual([]);
      // Another board does not show them.
      expect((await walk(target(), 'status=paid&q=zyqvo')).items).toEqual([]);
    });

    it('counts the filtered set and says the whole board', async () => {
      await addCustomer(target(), 'Qwopz Counting');
      const board = await walk(target(), 'status=trial&sort=newest', 200);
      const found = await walk(target(), 'status=trial&q=qwopz');
      expect(found.total).toBe(1);
      expect(found.boardTotal).toBe(board.total);
      expect(found.monitoredUsersTotal).toBe(found.items.reduce((sum, item) => sum + item.monitoredUsers, 0));
      expect(board.boardTotal).toBe(board.total);
    });

    const filterCases: Array<[Board, string, (account: Account, today: string) => boolean]> = [
      ['trial', 'endsWithin=0', (account, today) => account.trialEndsAt! <= today],
      ['trial', 'endsWithin=3', (account, today) => account.trialEndsAt! <= addDays(today, 3)],
      ['trial', 'endsWithin=7', (account, today) => account.trialEndsAt! <= addDays(today, 7)],
      ['trial', 'endsWithin=14', (account, today) => account.trialEndsAt! <= addDays(today, 14)],
      ['paid', 'overSeats=true', (account) => account.monitoredUsers > (account.seats ?? 0)],
      ['paid', 'pendingDecrease=true', (account) => account.pendingSeats !== null],
      ['paid', 'cancelling=true', (account) => account.cancelsOn !== null],
      ['expired', 'usersMin=2', (account) => account.monitoredUsers >= 2],
      ['paid', 'usersMax=20', (account) => account.monitoredUsers <= 20],
      ['paid', 'usersMin=5&usersMax=40', (account) => account.monitoredUsers >= 5 && account.monitoredUsers <= 40],
    ];

    it.each(filterCases)('filters the %s board by %s, with totals of what it shows', async (board, filter, keep) => {
      if (board === 'paid') {
        // Accounts in each state the paid filters look for, whatever the seeded fleet holds.
        const pending = await addCustomer(target(), 'Pending Decrease Co');
        await postJson(target(), `/api/v1/accounts/${pending.accountNumber}/upgrade`, { seats: 9 });
        expect((await postJson(target(), `/api/v1/accounts/${pending.accountNumber}/seats`, { seats: 4 })).status).toBe(
          200,
        );
        const cancelling = await addCustomer(target(), 'Cancelling Co');
        await postJson(target(), `/api/v1/accounts/${cancelling.accountNumber}/upgrade`, { seats: 3 });
        expect((await postJson(target(), `/api/v1/accounts/${cancelling.accountNumber}/cancel`, {})).status).toBe(200);
      }
      const whole = await walk(target(), `status=${board}&sort=newest`, 200);
      const expected = whole.items.filter((account) => keep(account, target().today));
      const filtered = await walk(target(), `status=${board}&${filter}`, 5);
      expect(numbers(filtered.items)).toEqual(numbers(expected));
      expect(filtered.total).toBe(expected.length);
      // Totals count what is monitored: an expired trial's users beyond Freemium's limit are not.
      expect(filtered.monitoredUsersTotal).toBe(
        expected.reduce((sum, item) => sum + monitoredUsersOf(item.status, item.monitoredUsers), 0),
      );
      expect(filtered.boardTotal).toBe(whole.total);
      if (filter.includes('pendingDecrease') || filter.includes('cancelling'))
        expect(expected.length).toBeGreaterThan(0);
    });

    it('filters by the day accounts were created, both ends included', async () => {
      const whole = await walk(target(), 'status=expired&sort=newest', 200);
      const days = whole.items.map((account) => account.createdAt.slice(0, 10)).sort();
      const [from, to] = [days[Math.floor(days.length / 4)]!, days[Math.floor((days.length * 3) / 4)]!];
      const filtered = await walk(target(), `status=expired&createdFrom=${from}&createdTo=${to}`, 4);
      const expected = whole.items.filter((account) => {
        const day = account.createdAt.slice(0, 10);
        return day >= from && day <= to;
      });
      expect(expected.length).toBeGreaterThan(1);
      expect(numbers(filtered.items)).toEqual(numbers(expected));
      expect(filtered.total).toBe(expected.length);
    });

    const sortCases = (Object.entries(boardQueryRules) as Array<[Board, (typeof boardQueryRules)[Board]]>).flatMap(
      ([board, rules]) => rules.sorts.map((sort) => [board, sort] as [Board, AccountSort]),
    );

    it.each(sortCases)('walks the whole %s board sorted by %s: no gaps, no repeats, in order', async (board, sort) => {
      const whole = await walk(target(), `status=${board}&sort=newest`, 200);
      const sorted = await walk(target(), `status=${board}&sort=${sort}`, 4);
      expect(sorted.items).toHaveLength(whole.total);
      expect(numbers(sorted.items)).toEqual(numbers(whole.items));
      expectSorted(sorted.items, sort);
    });

    it.each(Object.entries(boardQueryRules))('opens the %s board in its default order', async (board, rules) => {
      const opened = await page(target(), `status=${board}&limit=200`);
      const explicit = await page(target(), `status=${board}&limit=200&sort=${rules.defaultSort}`);
      expect(opened.items.map((item) => item.accountNumber)).toEqual(explicit.items.map((item) => item.accountNumber));
      expectSorted(opened.items, rules.defaultSort);
    });

    it('refuses a cursor made for another sort or filter, and a hand-made one, with 422', async () => {
      const first = await page(target(), 'status=paid&sort=name&limit=2');
      const cursor = encodeURIComponent(first.nextCursor!);
      await expectProblem(await target().request(`/api/v1/accounts?status=paid&sort=users&cursor=${cursor}`), 'cursor');
      await expectProblem(await target().request(`/api/v1/accounts?status=paid&cursor=${cursor}`), 'cursor');
      await expectProblem(
        await target().request(`/api/v1/accounts?status=paid&sort=name&overSeats=true&cursor=${cursor}`),
        'cursor',
      );
      await expectProblem(await target().request(`/api/v1/accounts?status=trial&sort=name&cursor=${cursor}`), 'cursor');
      for (const forged of ['garbage!', btoa('["x",1,"AC-1"]'), btoa('{}'), btoa('[1,2,3]'), '%FF', 'W10']) {
        await expectProblem(
          await target().request(`/api/v1/accounts?status=paid&sort=name&cursor=${encodeURIComponent(forged)}`),
          'cursor',
        );
      }
      // The same list takes it.
      expect((await target().request(`/api/v1/accounts?status=paid&sort=name&limit=2&cursor=${cursor}`)).status).toBe(
        200,
      );
    });

    it('refuses sorts and filters that do not fit the board, and upside-down ranges', async () => {
      const refuse = async (query: string, field: string) =>
        expectProblem(await target().request(`/api/v1/accounts?${query}`), field);
      await refuse('status=trial&sort=seats', 'sort');
      await refuse('status=paid&sort=trialEnd', 'sort');
      await refuse('status=paid&sort=shoe-size', 'sort');
      await refuse('status=paid&endsWithin=7', 'endsWithin');
      await refuse('status=trial&endsWithin=5', 'endsWithin');
      await refuse('status=trial&overSeats=true', 'overSeats');
      await refuse('status=paid&overSeats=yes', 'overSeats');
      await refuse('status=paid&createdFrom=2026-02-30', 'createdFrom');
      await refuse('status=paid&createdFrom=2026-05-02&createdTo=2026-05-01', 'createdTo');
      await refuse('status=paid&usersMin=9&usersMax=3', 'usersMax');
      await refuse('status=paid&usersMin=-1', 'usersMin');
      await refuse(`status=paid&q=${'x'.repeat(101)}`, 'q');
    });
  });
}
