import { describe, expect, it } from 'vitest';
import { accountPageSchema, accountSchema, historyPageSchema, problemSchema } from '../../src/api/contract';
import { addDays } from '../../src/domain/calendar';
import { SIGN_IN_REFUSED, sessionSchema } from '../../src/api/session-contract';
import type { LiveServer } from '../../server/node/live-server';
import { SqlStore } from '../../server/sql/sql-store';
import { routeEntryFor } from '../../server/app/route-permissions';
import { hashSessionToken } from '../../server/auth/session-token';
import { SignInLimiter } from '../../server/auth/sign-in-limiter';
import { postJson } from '../contract/contract-target';
import { candidates, expectNumbersNeverReused } from '../store/account-numbers';
import { httpTarget, seededStaff, signIn } from './live-server-harness';

const MISSING = 'AC-999999';

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

/** The API's routes as the app declares them, so routes added later are covered without editing this file. */
function apiRoutes(server: LiveServer) {
  const seen = new Set<string>();
  return server.api.routes
    .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
    .filter((route) => {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const withNumber = (routePath: string, accountNumber: string) => routePath.replace(/:[A-Za-z]+/g, accountNumber);

function send(target: ReturnType<typeof httpTarget>, method: string, routePath: string) {
  const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'DELETE';
  return target.request(routePath, {
    method,
    ...(hasBody ? { body: '{}', headers: { 'Content-Type': 'application/json' } } : {}),
  });
}

/** Sessions, tenant isolation and the HTTP edge of the live server. */
export function describeLiveServer(name: string, server: () => LiveServer) {
  describe(`live server: ${name}`, () => {
    describe('signing in and out', () => {
      it('signs in with an HttpOnly, SameSite cookie, says who is signed in, and ends the session on the server', async () => {
        const { first } = seededStaff(server());
        const response = await postJson(httpTarget(server(), null), '/api/v1/session', {
          email: ` ${first.email.toUpperCase()} `,
          password: first.password,
        });
        expect(response.status).toBe(200);
        const session = sessionSchema.parse(await response.json());
        expect(session.staff.email).toBe(first.email);
        expect(session.msp.name).toBe(first.mspName);
        const setCookie = response.headers.get('set-cookie') ?? '';
        expect(setCookie).toMatch(/^mcc_session=[\w-]{40,};/);
        expect(setCookie).toMatch(/HttpOnly/i);
        expect(setCookie).toMatch(/SameSite=Lax/i);
        expect(setCookie).toMatch(/Path=\//);
        const cookie = setCookie.split(';')[0]!;

        const signedIn = httpTarget(server(), cookie);
        expect(sessionSchema.parse(await (await signedIn.request('/api/v1/session')).json())).toEqual(session);
        expect((await signedIn.request('/api/v1/summary')).status).toBe(200);

        const signOut = await signedIn.request('/api/v1/session', { method: 'DELETE' });
        expect(signOut.status).toBe(204);
        expect(signOut.headers.get('set-cookie')).toMatch(/mcc_session=;.*Max-Age=0/i);
        // The same cookie, replayed after signing out, no longer works.
        await problemOf(await signedIn.request('/api/v1/summary'), 401);
        await problemOf(await signedIn.request('/api/v1/session'), 401);
      });

      it('refuses a wrong password and an unknown email with the same 401', async () => {
        const { first } = seededStaff(server());
        const anonymous = httpTarget(server(), null);
        const wrong = await problemOf(
          await postJson(anonymous, '/api/v1/session', { email: first.email, password: `${first.password}x` }),
          401,
        );
        const unknown = await problemOf(
          await postJson(anonymous, '/api/v1/session', { email: 'nobody@nowhere.example', password: first.password }),
          401,
        );
        expect(wrong.title).toBe(SIGN_IN_REFUSED);
        expect(unknown).toEqual(wrong);
      });

      const asClient = (address: string) => ({
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      });
      const trySignIn = (address: string, email: string, password: string) =>
        postJson(httpTarget(server(), null), '/api/v1/session', { email, password }, asClient(address));

      it('slows down guessing: after 5 failures for one email from one client, 429 with Retry-After, in the database', async () => {
        const email = `guess.${Date.now()}@nowhere.example`;
        for (let attempt = 0; attempt < 5; attempt += 1)
          await problemOf(await trySignIn('203.0.113.5', email, `guess ${attempt}`), 401);
        const limited = await trySignIn('203.0.113.5', email, 'one more');
        await problemOf(limited, 429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        // Counted in the database: another server process (here: another limiter on it) sees the same.
        expect(await new SignInLimiter(server().db).retryAfter(email, '203.0.113.5')).toBeGreaterThan(0);
      }, 30_000);

      it('lets a stranger flood a known staff email without locking its owner out', async () => {
        const { second } = seededStaff(server());
        for (let index = 0; index < 24; index += 1)
          await problemOf(await trySignIn(`198.51.100.${index + 1}`, second.email, `wrong ${index}`), 401);
        // One of the failing clients now backs off, even with the right password…
        await problemOf(await trySignIn('198.51.100.24', second.email, second.password), 429);
        // …while the owner, from a client that has not failed, signs in.
        expect((await trySignIn('192.0.2.200', second.email, second.password)).status).toBe(200);
      }, 60_000);

      it('caps the sign-in attempts one client makes with made-up emails, each a full hash', async () => {
        const { first } = seededStaff(server());
        const stamp = Date.now();
        for (let index = 0; index < 30; index += 1)
          await problemOf(await trySignIn('192.0.2.77', `spray.${stamp}.${index}@nowhere.example`, 'password'), 401);
        await problemOf(await trySignIn('192.0.2.77', `spray.${stamp}.new@nowhere.example`, 'password'), 429);
        await problemOf(await trySignIn('192.0.2.77', first.email, first.password), 429);
        expect((await trySignIn('192.0.2.78', first.email, first.password)).status).toBe(200);
      }, 60_000);

      it('refuses bad sign-in bodies with 4xx problem+json and keeps serving', async () => {
        const anonymous = httpTarget(server(), null);
        await problemOf(await postJson(anonymous, '/api/v1/session', '{"email":'), 400);
        await problemOf(await postJson(anonymous, '/api/v1/session', { email: 1, password: null }), 422);
        await problemOf(
          await postJson(anonymous, '/api/v1/session', { email: 'a@b.co', password: 'x', admin: true }),
          422,
        );
        await problemOf(
          await postJson(anonymous, '/api/v1/session', { email: 'a@b.co', password: 'x'.repeat(20_000) }),
          413,
        );
        await problemOf(
          await anonymous.request('/api/v1/session', {
            method: 'POST',
            body: 'email=a',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          }),
          415,
        );
        expect((await anonymous.request('/api/v1/session')).status).toBe(401);
      });
    });

    describe('without a session', () => {
      it('answers 401 on every API route but signing in, also with a made-up cookie', async () => {
        const routes = apiRoutes(server()).filter(
          (route) => !(route.method === 'POST' && route.path.endsWith('/session')),
        );
        // DELETE /session signs out whoever is there: it answers 204 to anyone, and changes nothing for them.
        // The customer console redeems "Open account" tokens without a staff session (410 for a bad one).
        // The first start's setup and an invite's acceptance are public too (the route table says "public").
        const guarded = routes.filter(
          (route) =>
            !(route.method === 'DELETE' && route.path.endsWith('/session')) &&
            !route.path.endsWith('/redeem') &&
            routeEntryFor(route.method, route.path.replace(/:[A-Za-z]+/g, 'x'))?.access !== 'public',
        );
        expect(guarded.length).toBeGreaterThanOrEqual(4);
        for (const cookie of [null, 'mcc_session=made-up-token']) {
          const anonymous = httpTarget(server(), cookie);
          for (const route of guarded) {
            const response = await send(anonymous, route.method, withNumber(route.path, 'AC-100001'));
            expect(response.status, `${route.method} ${route.path}`).toBe(401);
            expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          }
        }
      });
    });

    describe('tenant isolation', () => {
      it("gives a staff member of one MSP a 404 for every read and action on another MSP's accounts", async () => {
        const { first, second } = seededStaff(server());
        const staffA = httpTarget(server(), await signIn(server(), first.email, first.password));
        const staffB = httpTarget(server(), await signIn(server(), second.email, second.password));

        const theirs: string[] = [];
        for (const status of ['paid', 'trial', 'expired']) {
          const page = accountPageSchema.parse(
            await (await staffB.request(`/api/v1/accounts?status=${status}&limit=2`)).json(),
          );
          theirs.push(...page.items.map((item) => item.accountNumber));
        }
        expect(theirs.length).toBeGreaterThanOrEqual(3);
        const before = await Promise.all(
          theirs.map(async (number) => (await staffB.request(`/api/v1/accounts/${number}`)).text()),
        );

        const accountRoutes = apiRoutes(server()).filter((route) => route.path.includes(':'));
        expect(accountRoutes.some((route) => route.method === 'GET')).toBe(true);
        for (const number of theirs) {
          await problemOf(await staffA.request(`/api/v1/accounts/${number}`), 404);
          for (const route of accountRoutes) {
            const missing = await send(staffA, route.method, withNumber(route.path, MISSING));
            const other = await send(staffA, route.method, withNumber(route.path, number));
            const label = `${route.method} ${route.path} on ${number}`;
            // Exactly as an account that does not exist: same status, same words (but the number).
            expect(other.status, label).toBe(missing.status);
            expect(other.status, label).toBeGreaterThanOrEqual(400);
            expect((await other.text()).replaceAll(number, MISSING), label).toBe(await missing.text());
          }
        }
        // And nothing of theirs changed.
        const after = await Promise.all(
          theirs.map(async (number) => (await staffB.request(`/api/v1/accounts/${number}`)).text()),
        );
        expect(after).toEqual(before);

        // Their accounts are on none of this MSP's boards.
        for (const status of ['paid', 'trial', 'expired']) {
          // Quoted: a bare number is a prefix of longer ones (AC-100091 of AC-10009105), which may be this MSP's.
          const board = await (await staffA.request(`/api/v1/accounts?status=${status}&limit=200`)).text();
          for (const number of theirs) expect(board).not.toContain(JSON.stringify(number));
        }
      }, 30_000);

      it("refuses another MSP's email with a 409 that says nothing about that account", async () => {
        const { first, second } = seededStaff(server());
        const staffA = httpTarget(server(), await signIn(server(), first.email, first.password));
        const staffB = httpTarget(server(), await signIn(server(), second.email, second.password));
        const email = `shared.${Date.now()}@isolation.example`;
        const created = await postJson(staffB, '/api/v1/accounts', { email, organizationName: 'Secret Client of B' });
        expect(created.status).toBe(201);
        const refused = await postJson(staffA, '/api/v1/accounts', {
          email: email.toUpperCase(),
          organizationName: 'A',
        });
        const text = await refused.clone().text();
        await problemOf(refused, 409);
        expect(text).not.toMatch(/Secret Client|AC-\d|bluebird/i);
      });
    });

    describe('concurrent changes to one account', () => {
      it('applies 20 simultaneous trial extensions one at a time, up to the 90-day cap and no further', async () => {
        const { first } = seededStaff(server());
        const staff = httpTarget(server(), await signIn(server(), first.email, first.password));
        const created = await postJson(staff, '/api/v1/accounts', {
          email: `race.extend.${Date.now()}@example.com`,
          organizationName: 'Race Extend Ltd',
        });
        const account = accountSchema.parse(await created.json());
        const responses = await Promise.all(
          Array.from({ length: 20 }, () =>
            postJson(staff, `/api/v1/accounts/${account.accountNumber}/extend-trial`, { days: 7 }),
          ),
        );
        const statuses = responses.map((response) => response.status);
        // Last day 29 days on, + 8 weeks = 85; a ninth week would pass day 90 (89 days on). Lost updates would let more through.
        expect(statuses.filter((status) => status === 200)).toHaveLength(8);
        expect(statuses.filter((status) => status === 409)).toHaveLength(12);
        const after = accountSchema.parse(
          await (await staff.request(`/api/v1/accounts/${account.accountNumber}`)).json(),
        );
        expect(after.trialEndsAt).toBe(addDays(staff.today, 85));
        const history = historyPageSchema.parse(
          await (await staff.request(`/api/v1/accounts/${account.accountNumber}/history?limit=50`)).json(),
        );
        expect(history.items).toHaveLength(9);
      });
    });

    describe('history of concurrent changes', () => {
      it('reads in the order 20 simultaneous removes and restores happened: never "removed, removed"', async () => {
        const { first } = seededStaff(server());
        const staff = httpTarget(server(), await signIn(server(), first.email, first.password));
        const created = await postJson(staff, '/api/v1/accounts', {
          email: `race.remove.${Date.now()}@example.com`,
          organizationName: 'Race Remove Ltd',
        });
        const account = accountSchema.parse(await created.json());
        const path = `/api/v1/accounts/${account.accountNumber}`;
        expect((await staff.request(`${path}/end-trial`, { method: 'POST' })).status).toBe(200);
        const responses = await Promise.all(
          Array.from({ length: 20 }, (_, index) =>
            staff.request(`${path}/${index % 2 ? 'restore' : 'remove'}`, { method: 'POST' }),
          ),
        );
        const done = responses.filter((response) => response.status === 200).length;
        expect(done).toBeGreaterThan(0);
        const history = historyPageSchema.parse(await (await staff.request(`${path}/history?limit=50`)).json());
        const actions = history.items.map((entry) => entry.action).filter((action) => /removed|restored/.test(action));
        expect(actions).toHaveLength(done);
        // Newest first, each change undoes the one before it.
        for (let index = 1; index < actions.length; index += 1)
          expect(actions[index], actions.join(', ')).not.toBe(actions[index - 1]);
        expect(actions.at(-1)).toBe('removed');
      });
    });

    describe('account numbers', () => {
      it('never issues a number twice over SQL, also after its account is deleted', async () => {
        // A schema of its own would be cleaner; the fixed numbers are far from the random ones others get.
        const store = new SqlStore(
          server().db,
          candidates('AC-10000001', 'AC-10000001', 'AC-10000001', 'AC-10000002', 'AC-10000003'),
        );
        const { first } = seededStaff(server());
        const session = sessionSchema.parse(
          await (
            await httpTarget(server(), await signIn(server(), first.email, first.password)).request('/api/v1/session')
          ).json(),
        );
        await expectNumbersNeverReused(store, { mspId: session.msp.id });
      });
    });

    describe('the scheduler query', () => {
      it('finds every renewal and deletion due, of every MSP, and nothing before its day', async () => {
        const store = new SqlStore(server().db);
        expect(await store.due('2000-01-01')).toEqual([]);
        const due = await store.due('2999-12-31');
        const { first, second } = seededStaff(server());
        for (const member of [first, second]) {
          const staff = httpTarget(server(), await signIn(server(), member.email, member.password));
          const paid = accountPageSchema.parse(
            await (await staff.request('/api/v1/accounts?status=paid&limit=200')).json(),
          );
          expect(paid.items.length).toBeGreaterThan(0);
          const dueNumbers = new Set(due.map((entry) => entry.accountNumber));
          for (const account of paid.items) expect(dueNumbers.has(account.accountNumber)).toBe(true);
        }
        expect(new Set(due.map((entry) => entry.mspId)).size).toBeGreaterThanOrEqual(2);
      });
    });

    describe('sessions', () => {
      const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1);

      it('ends a session after two hours without a request, within its twelve', async () => {
        const { first } = seededStaff(server());
        const cookie = await signIn(server(), first.email, first.password);
        const staff = httpTarget(server(), cookie);
        expect((await staff.request('/api/v1/summary')).status).toBe(200);
        const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000);
        await server()
          .db.updateTable('sessions')
          .set({ last_seen_at: threeHoursAgo })
          .where('token_hash', '=', hashSessionToken(tokenOf(cookie)))
          .execute();
        await problemOf(await staff.request('/api/v1/summary'), 401);
      });

      it('keeps a session in use alive: a request moves its last-seen time', async () => {
        const { first } = seededStaff(server());
        const cookie = await signIn(server(), first.email, first.password);
        const ninetyMinutesAgo = new Date(Date.now() - 90 * 60_000);
        const sessions = () =>
          server()
            .db.selectFrom('sessions')
            .where('token_hash', '=', hashSessionToken(tokenOf(cookie)));
        await server()
          .db.updateTable('sessions')
          .set({ last_seen_at: ninetyMinutesAgo })
          .where('token_hash', '=', hashSessionToken(tokenOf(cookie)))
          .execute();
        expect((await httpTarget(server(), cookie).request('/api/v1/summary')).status).toBe(200);
        const row = await sessions().select('last_seen_at').executeTakeFirstOrThrow();
        expect(row.last_seen_at.getTime()).toBeGreaterThan(Date.now() - 60_000);
      });

      it('gives a new session id at sign-in: the cookie sent with it no longer works', async () => {
        const { first } = seededStaff(server());
        const before = await signIn(server(), first.email, first.password);
        const again = await postJson(httpTarget(server(), before), '/api/v1/session', {
          email: first.email,
          password: first.password,
        });
        expect(again.status).toBe(200);
        const after = again.headers.get('set-cookie')!.split(';')[0]!;
        expect(after).not.toBe(before);
        await problemOf(await httpTarget(server(), before).request('/api/v1/summary'), 401);
        expect((await httpTarget(server(), after).request('/api/v1/summary')).status).toBe(200);
      });

      it('rotates a session on a change of rights: a new id, the old one and other sessions end', async () => {
        const { first } = seededStaff(server());
        const current = await signIn(server(), first.email, first.password);
        const other = await signIn(server(), first.email, first.password);
        const rotated = await server().directory.rotateSession(tokenOf(current), new Date());
        expect(rotated).not.toBeNull();
        await problemOf(await httpTarget(server(), current).request('/api/v1/summary'), 401);
        await problemOf(await httpTarget(server(), other).request('/api/v1/summary'), 401);
        const fresh = httpTarget(server(), `mcc_session=${rotated!.token}`);
        expect((await fresh.request('/api/v1/summary')).status).toBe(200);
      });
    });

    describe('the HTTP edge', () => {
      it('sends security headers on every response, HSTS only behind https, and no-store on the API', async () => {
        const { first } = seededStaff(server());
        const staff = httpTarget(server(), await signIn(server(), first.email, first.password));
        const anonymous = httpTarget(server(), null);
        const responses = [
          await staff.request('/api/v1/summary'),
          await staff.request('/api/v1/accounts?status=paid&limit=1'),
          await staff.request('/api/v1/nothing-here'),
          await anonymous.request('/api/v1/summary'),
          await anonymous.request('/some/page'),
        ];
        for (const response of responses) {
          const label = `${response.url} ${response.status}`;
          expect(response.headers.get('x-content-type-options'), label).toBe('nosniff');
          expect(response.headers.get('referrer-policy'), label).toBeTruthy();
          expect(response.headers.get('permissions-policy'), label).toMatch(/camera=\(\)/);
          expect(response.headers.get('content-security-policy'), label).toMatch(/frame-ancestors 'none'/);
          expect(response.headers.get('strict-transport-security'), label).toBeNull();
        }
        for (const response of responses.slice(0, 4)) expect(response.headers.get('cache-control')).toBe('no-store');
        const overHttps = await staff.request('/api/v1/summary', { headers: { 'X-Forwarded-Proto': 'https' } });
        expect(overHttps.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      });

      it('marks the cookie Secure when the console is reached over https through a proxy', async () => {
        const { first } = seededStaff(server());
        const response = await postJson(
          httpTarget(server(), null),
          '/api/v1/session',
          { email: first.email, password: first.password },
          { headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' } },
        );
        expect(response.status).toBe(200);
        expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      });

      it('keeps the cookie Secure behind a chain of proxies and whatever the case of the scheme', async () => {
        const { first } = seededStaff(server());
        for (const proto of ['https,http', 'HTTPS', ' https , http']) {
          const response = await postJson(
            httpTarget(server(), null),
            '/api/v1/session',
            { email: first.email, password: first.password },
            { headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': proto } },
          );
          expect(response.status).toBe(200);
          expect(response.headers.get('set-cookie'), proto).toMatch(/;\s*Secure/i);
        }
        const plain = await postJson(
          httpTarget(server(), null),
          '/api/v1/session',
          { email: first.email, password: first.password },
          { headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'http,https' } },
        );
        expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
      });

      it('stops reading a streamed body past the limit, and keeps serving', async () => {
        const { first } = seededStaff(server());
        const staff = httpTarget(server(), await signIn(server(), first.email, first.password));
        const chunk = new TextEncoder().encode(`{"email":"big@example.com","organizationName":"${'x'.repeat(4_000)}`);
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            // No Content-Length: the limit must hold while reading, not only from the header.
            if (sent++ < 10) controller.enqueue(chunk);
            else controller.close();
          },
        });
        const response = await staff.request('/api/v1/accounts', {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/json' },
          duplex: 'half',
        } as RequestInit);
        await problemOf(response, 413);
        expect((await staff.request('/api/v1/summary')).status).toBe(200);
      });

      it('refuses a change from another origin', async () => {
        const { first } = seededStaff(server());
        const staff = httpTarget(server(), await signIn(server(), first.email, first.password));
        const response = await postJson(
          staff,
          '/api/v1/accounts',
          { email: 'x@evil.example', organizationName: 'Evil' },
          {
            headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
          },
        );
        await problemOf(response, 403);
      });

      it('compresses JSON answers above a kilobyte and leaves smaller ones as they are', async () => {
        const { first } = seededStaff(server());
        const staff = httpTarget(server(), await signIn(server(), first.email, first.password));
        const board = await staff.request('/api/v1/accounts?status=trial', { headers: { 'Accept-Encoding': 'br' } });
        expect(board.status).toBe(200);
        expect(board.headers.get('content-encoding')).toBe('br');
        expect(board.headers.get('vary')).toMatch(/Accept-Encoding/);
        expect(accountPageSchema.parse(await board.json()).items.length).toBeGreaterThan(0);
        const gzipped = await staff.request('/api/v1/accounts?status=trial', {
          headers: { 'Accept-Encoding': 'gzip' },
        });
        expect(gzipped.headers.get('content-encoding')).toBe('gzip');
        // A client that takes no compression gets the answer as the API wrote it, still marked as varying by it.
        const plain = await staff.request('/api/v1/accounts?status=trial', {
          headers: { 'Accept-Encoding': 'identity' },
        });
        expect(plain.headers.get('content-encoding')).toBeNull();
        expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/);
        expect(plain.headers.get('cache-control')).toBe('no-store');
        expect(accountPageSchema.parse(await plain.json()).items.length).toBeGreaterThan(0);
        const session = await staff.request('/api/v1/session', { headers: { 'Accept-Encoding': 'br, gzip' } });
        expect(session.status).toBe(200);
        expect(session.headers.get('content-encoding')).toBeNull();
        expect(sessionSchema.parse(await session.json()).staff.email).toBe(first.email);
      });
    });
  });
}
