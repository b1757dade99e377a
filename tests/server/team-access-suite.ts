import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEventsSchema, problemSchema } from '../../src/api/contract';
import { sessionSchema } from '../../src/api/session-contract';
import {
  createdInviteSchema,
  invitationSchema,
  ownSessionsSchema,
  setupStateSchema,
  teamSchema,
} from '../../src/api/team-contract';
import type { LiveServer } from '../../server/node/live-server';
import { postJson } from '../contract/contract-target';
import { ROTATION_GRACE_MS } from '../../server/auth/staff-directory';
import { signInPolicy } from '../../server/auth/sign-in-limiter';
import { httpTarget, seededStaff, signIn, startTestServer, type TestDatabase } from './live-server-harness';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';
const GOOD_PASSWORD = 'violet tram at dusk 7';

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  return problemSchema.parse(await response.json());
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((header) => header.startsWith('mcc_session='))
    ?.split(';')[0] ?? null;

/** Invites, deactivation, sessions, passwords, sign-in audit and first-start setup on the live server. */
export function describeTeamAccess(name: string, server: () => LiveServer, freshDatabase: () => Promise<TestDatabase>) {
  describe(`team and access: ${name}`, () => {
    let counter = 0;
    const unique = (label: string) => `${label}.${Date.now().toString(36)}.${(counter += 1)}@team-access.example`;

    async function admin() {
      const { first } = seededStaff(server());
      return httpTarget(server(), await signIn(server(), first.email, first.password));
    }

    async function invite(role = 'technician') {
      const email = unique('tech');
      const response = await postJson(await admin(), '/api/v1/team/invites', { email, role });
      expect(response.status).toBe(201);
      const created = createdInviteSchema.parse(await response.json());
      return { email, token: created.link.split('/').at(-1)!, invite: created.invite };
    }

    const accept = (token: string, body: unknown, userAgent = FIREFOX) =>
      postJson(httpTarget(server(), null), `/api/v1/invites/${token}/accept`, body, {
        headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent },
      });

    async function joined(role = 'technician') {
      const invited = await invite(role);
      const response = await accept(invited.token, { name: 'Kim Tech', password: GOOD_PASSWORD });
      expect(response.status).toBe(201);
      return { ...invited, cookie: cookieOf(response)!, session: sessionSchema.parse(await response.json()) };
    }

    it('lets the invitee see the invite, set their own name and password once, and signs them in', async () => {
      const { email, token } = await invite();
      const shown = invitationSchema.parse(
        await (await httpTarget(server(), null).request(`/api/v1/invites/${token}`)).json(),
      );
      expect(shown).toMatchObject({ email, role: 'technician', mspName: seededStaff(server()).first.mspName });

      expect(
        (await problemOf(await accept(token, { name: 'Kim', password: 'short one' }), 422)).errors?.password,
      ).toMatch(/12 characters/);
      expect(
        (await problemOf(await accept(token, { name: 'Kim', password: 'Password12345!' }), 422)).errors?.password,
      ).toMatch(/too common/);
      const response = await accept(token, { name: 'Kim Tech', password: GOOD_PASSWORD });
      expect(response.status).toBe(201);
      expect(sessionSchema.parse(await response.json()).staff).toMatchObject({
        email,
        name: 'Kim Tech',
        role: 'technician',
      });
      expect((await httpTarget(server(), cookieOf(response)).request('/api/v1/session')).status).toBe(200);

      // Single use: the link is gone for a second acceptance and for reading.
      await problemOf(await accept(token, { name: 'Again', password: GOOD_PASSWORD }), 410);
      await problemOf(await httpTarget(server(), null).request(`/api/v1/invites/${token}`), 410);
      expect((await signIn(server(), email, GOOD_PASSWORD)).startsWith('mcc_session=')).toBe(true);
    });

    it('stores only the token’s hash, and refuses a wrong, malformed or expired token alike', async () => {
      const { email, token } = await invite('sales');
      const row = await server()
        .db.selectFrom('staff_invites')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('base64url'));
      expect(JSON.stringify(row)).not.toContain(token);

      const wrong = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
      for (const refused of [wrong, 'short', '%00', 'x'.repeat(500)])
        await problemOf(await accept(refused, { name: 'Kim', password: GOOD_PASSWORD }), 410);

      await server()
        .db.updateTable('staff_invites')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('email', '=', email)
        .execute();
      await problemOf(await httpTarget(server(), null).request(`/api/v1/invites/${token}`), 410);
      await problemOf(await accept(token, { name: 'Kim', password: GOOD_PASSWORD }), 410);
    });

    it('ends a deactivated staff member’s sessions at once and keeps them listed, with their name', async () => {
      const tech = await joined();
      const theirs = httpTarget(server(), tech.cookie);
      expect((await theirs.request('/api/v1/session')).status).toBe(200);
      const response = await postJson(await admin(), `/api/v1/team/staff/${tech.session.staff.id}/deactivate`, {});
      expect(response.status).toBe(200);
      expect((await theirs.request('/api/v1/accounts?status=paid')).status).toBe(401);
      expect((await theirs.request('/api/v1/session')).status).toBe(401);
      await problemOf(
        await postJson(httpTarget(server(), null), '/api/v1/session', { email: tech.email, password: GOOD_PASSWORD }),
        401,
      );
      const team = teamSchema.parse(await (await (await admin()).request('/api/v1/team')).json());
      expect(team.staff.find((member) => member.email === tech.email)).toMatchObject({
        name: 'Kim Tech',
        status: 'deactivated',
      });
    });

    it('keeps a staff member signed in when their role changes, with the new role at once and a new session id', async () => {
      const tech = await joined();
      const phone = await signIn(server(), tech.email, GOOD_PASSWORD);
      const changeTo = async (role: string) =>
        (await admin()).request(`/api/v1/team/staff/${tech.session.staff.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ role }),
        });
      expect((await changeTo('sales')).status).toBe(200);

      // The next request is served under the new role and hands out a new id.
      const next = await httpTarget(server(), tech.cookie).request('/api/v1/summary');
      expect(next.status).toBe(200);
      expect(((await next.json()) as { scope: string }).scope).toBe('trials-and-converted');
      const rotated = cookieOf(next);
      expect(rotated).not.toBeNull();
      expect(rotated).not.toBe(tech.cookie);
      const session = sessionSchema.parse(
        await (await httpTarget(server(), rotated).request('/api/v1/session')).json(),
      );
      expect(session.staff).toMatchObject({ id: tech.session.staff.id, role: 'sales' });
      // The other device's session is rotated too, on its own next request (GET /session does it as well).
      const phoneNext = await httpTarget(server(), phone).request('/api/v1/session');
      expect(phoneNext.status).toBe(200);
      expect(cookieOf(phoneNext)).not.toBeNull();
      expect(cookieOf(phoneNext)).not.toBe(rotated);

      // The old id answers only for the requests sent alongside (a moment's grace), then never again.
      await new Promise((resolve) => setTimeout(resolve, ROTATION_GRACE_MS + 200));
      await problemOf(await httpTarget(server(), tech.cookie).request('/api/v1/summary'), 401);
      await problemOf(await httpTarget(server(), phone).request('/api/v1/session'), 401);
      const again = await httpTarget(server(), rotated).request('/api/v1/summary');
      expect(again.status).toBe(200);
      expect(cookieOf(again)).toBeNull();
      // A device lists its sessions under the new id, the device name kept.
      const listed = ownSessionsSchema.parse(
        await (await httpTarget(server(), rotated).request('/api/v1/sessions')).json(),
      );
      expect(listed.items.filter((item) => item.current).map((item) => item.device)).toEqual(['Firefox on Windows']);

      // The own role change of an Admin: signed in still, an Admin no more.
      const { session: newAdmin, cookie } = await joined('admin');
      const demoted = await httpTarget(server(), cookie).request(`/api/v1/team/staff/${newAdmin.staff.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'technician' }),
      });
      expect(demoted.status).toBe(200);
      const after = await httpTarget(server(), cookie).request('/api/v1/team');
      await problemOf(after, 403);
      expect(cookieOf(after)).not.toBeNull();
    }, 30_000);

    it('lists one’s own sessions by device, marks this one, and ends another (its next request is 401)', async () => {
      const tech = await joined();
      const phone = await postJson(
        httpTarget(server(), null),
        '/api/v1/session',
        { email: tech.email, password: GOOD_PASSWORD },
        {
          headers: { 'Content-Type': 'application/json', 'User-Agent': SAFARI },
        },
      );
      const phoneCookie = cookieOf(phone)!;
      const mine = httpTarget(server(), tech.cookie);
      const listed = ownSessionsSchema.parse(await (await mine.request('/api/v1/sessions')).json()).items;
      expect(listed.map((session) => [session.device, session.current]).sort()).toEqual([
        ['Firefox on Windows', true],
        ['Safari on iOS', false],
      ]);
      const other = listed.find((session) => !session.current)!;

      // Another staff member cannot end it, nor can anyone name a session that does not exist.
      await problemOf(await (await admin()).request(`/api/v1/sessions/${other.id}`, { method: 'DELETE' }), 404);
      await problemOf(await mine.request('/api/v1/sessions/not-a-session', { method: 'DELETE' }), 404);

      expect((await mine.request(`/api/v1/sessions/${other.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await httpTarget(server(), phoneCookie).request('/api/v1/session')).status).toBe(401);
      expect((await mine.request('/api/v1/session')).status).toBe(200);
    });

    it('changes a password only with the current one, by the rules, and ends the other sessions', async () => {
      const tech = await joined();
      const otherCookie = await signIn(server(), tech.email, GOOD_PASSWORD);
      const mine = httpTarget(server(), tech.cookie);
      const change = (body: unknown) => postJson(mine, '/api/v1/session/password', body);
      expect(
        (await problemOf(await change({ currentPassword: 'wrong', newPassword: 'a fresh long phrase 9' }), 422)).errors
          ?.currentPassword,
      ).toBeDefined();
      expect(
        (await problemOf(await change({ currentPassword: GOOD_PASSWORD, newPassword: 'qwertyuiop123' }), 422)).errors
          ?.newPassword,
      ).toMatch(/too common/);
      expect((await change({ currentPassword: GOOD_PASSWORD, newPassword: 'a fresh long phrase 9' })).status).toBe(204);
      expect((await httpTarget(server(), otherCookie).request('/api/v1/session')).status).toBe(401);
      expect((await mine.request('/api/v1/session')).status).toBe(200);
      await problemOf(
        await postJson(httpTarget(server(), null), '/api/v1/session', { email: tech.email, password: GOOD_PASSWORD }),
        401,
      );
      expect((await signIn(server(), tech.email, 'a fresh long phrase 9')).length).toBeGreaterThan(20);
    });

    it('holds back wrong current passwords at a password change like sign-in guesses, and audits each', async () => {
      const tech = await joined();
      const fromHere = { headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.23' } };
      const change = (currentPassword: string, init = fromHere) =>
        postJson(
          httpTarget(server(), tech.cookie),
          '/api/v1/session/password',
          { currentPassword, newPassword: 'another fresh phrase 4' },
          init,
        );
      for (let guess = 0; guess < signInPolicy.perEmailAndClient; guess += 1)
        await problemOf(await change(`guess number ${guess}`), 422);
      const held = await change('one guess too many');
      const problem = await problemOf(held, 429);
      expect(problem.title).toBe('Too many wrong passwords');
      expect(Number(held.headers.get('Retry-After'))).toBeGreaterThan(0);
      // Held back is held back, the right password too, from this client; counted in the database, per staff member.
      await problemOf(await change(GOOD_PASSWORD), 429);
      const counted = await server()
        .db.selectFrom('sign_in_failures')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('email_key', '=', `password-change:${tech.session.staff.id}`)
        .executeTakeFirstOrThrow();
      expect(Number(counted.count)).toBe(signInPolicy.perEmailAndClient);
      // Another client of theirs is not locked out by these guesses.
      const elsewhere = { headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' } };
      expect((await change(GOOD_PASSWORD, elsewhere)).status).toBe(204);

      const audit = auditEventsSchema.parse(
        await (await (await admin()).request('/api/v1/audit-events?kind=staff&limit=50')).json(),
      );
      const failed = audit.items.filter(
        (event) => event.action === 'password-change-failed' && event.actor.toLowerCase() === tech.email,
      );
      expect(failed).toHaveLength(signInPolicy.perEmailAndClient);
      expect(failed[0]?.details).toMatchObject({ client: '198.51.100.23' });
      expect(
        audit.items.find((event) => event.action === 'password-changed' && event.actor === tech.email),
      ).toBeDefined();
    });

    it('writes every sign-in to the MSP’s audit log, failures with the email tried and the client', async () => {
      const tech = await joined();
      const failed = await postJson(
        httpTarget(server(), null),
        '/api/v1/session',
        { email: tech.email.toUpperCase(), password: 'not it at all' },
        {
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.7' },
        },
      );
      expect(failed.status).toBe(401);
      await signIn(server(), tech.email, GOOD_PASSWORD);
      const audit = auditEventsSchema.parse(
        await (await (await admin()).request('/api/v1/audit-events?kind=staff&limit=50')).json(),
      );
      const mine = audit.items.filter(
        (event) => JSON.stringify(event.details).includes(tech.email) || event.actor.toLowerCase() === tech.email,
      );
      expect(mine.map((event) => event.action)).toEqual(
        expect.arrayContaining(['staff-invited', 'invite-accepted', 'sign-in-failed', 'sign-in-succeeded']),
      );
      expect(mine.find((event) => event.action === 'sign-in-failed')?.details).toMatchObject({
        email: tech.email.toUpperCase(),
        client: '198.51.100.7',
        reason: 'wrong password',
      });
    });

    it('opens setup on an empty database until the first Admin exists; off this machine only with the setup code', async () => {
      const database = await freshDatabase();
      const fresh = await startTestServer(database, null, { sampleData: false });
      try {
        expect(fresh.seeded).toBeNull();
        expect(fresh.setupCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        const local = httpTarget(fresh, null);
        const remote = (extra: Record<string, string> = {}) => ({
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.50', ...extra },
        });
        expect(setupStateSchema.parse(await (await local.request('/api/v1/setup')).json())).toEqual({
          open: true,
          codeRequired: false,
        });
        expect(setupStateSchema.parse(await (await local.request('/api/v1/setup', remote())).json())).toEqual({
          open: true,
          codeRequired: true,
        });
        const body = { mspName: 'Acme IT', name: 'Alex Admin', email: 'alex@acme-it.example', password: GOOD_PASSWORD };
        await problemOf(await postJson(local, '/api/v1/setup', body, remote()), 403);
        await problemOf(await postJson(local, '/api/v1/setup', { ...body, code: 'AAAA-AAAA' }, remote()), 403);
        expect(
          (await problemOf(await postJson(local, '/api/v1/setup', { ...body, password: 'letmein12345' }), 422)).errors
            ?.password,
        ).toMatch(/too common/);
        const done = await postJson(
          local,
          '/api/v1/setup',
          { ...body, code: fresh.setupCode!.toLowerCase() },
          remote(),
        );
        expect(done.status).toBe(201);
        const session = sessionSchema.parse(
          await (await httpTarget(fresh, cookieOf(done)).request('/api/v1/session')).json(),
        );
        expect(session).toMatchObject({ staff: { email: body.email, role: 'admin' }, msp: { name: 'Acme IT' } });

        expect(setupStateSchema.parse(await (await local.request('/api/v1/setup')).json()).open).toBe(false);
        await problemOf(await postJson(local, '/api/v1/setup', { ...body, email: 'second@acme-it.example' }), 409);
        const audit = auditEventsSchema.parse(
          await (await httpTarget(fresh, cookieOf(done)).request('/api/v1/audit-events?kind=staff')).json(),
        );
        expect(audit.items.map((event) => event.action)).toContain('setup-completed');
      } finally {
        await fresh.close();
        await database.dispose();
      }
    }, 60_000);
  });
}
