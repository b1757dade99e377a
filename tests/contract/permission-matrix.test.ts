// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPageSchema, historyPageSchema, summarySchema } from '../../src/api/contract';
import { deriveStatus } from '../../src/domain/account-status';
import { may, roles, type Role } from '../../src/domain/permissions';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { createApiApp, type Actor } from '../../server/app/create-api-app';
import { routeTable, type RouteEntry } from '../../server/app/route-permissions';
import { activityPageSchema, attentionSchema } from '../../src/api/activity-contract';
import { sessionAuthenticator } from '../../server/auth/authenticate';
import { SESSION_COOKIE } from '../../server/auth/session-cookie';
import { StaffDirectory } from '../../server/auth/staff-directory';
import { openDatabase } from '../../server/sql/database';
import { migrateToLatest } from '../../server/sql/migrate';
import { SqlStore } from '../../server/sql/sql-store';
import { insertAccounts } from '../../server/seed/insert-accounts';
import type { AccountRecord, AccountStore } from '../../server/store/account-record';
import { MemoryStore } from '../../server/store/memory-store';
import { tempPglite, tempPostgresSchema, type TestDatabase } from '../server/live-server-harness';

/**
 * Every role × every route × {converted, assigned, unassigned, other MSP},
 * table-driven from the route table (server/app/route-permissions.ts) and the
 * permission table (src/domain/permissions.ts): a new route is a new row of
 * `calls` below, and the test fails until it has one. Each request gets an
 * account of its own, so no change made by one request moves another's.
 */

const TODAY = '2026-11-22';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const OURS = 'matrix-ours';
const THEIRS = 'matrix-theirs';

type State = 'trial' | 'paid';
type Relation = 'converted' | 'assigned' | 'team-assigned' | 'unassigned' | 'other-msp';
/** "team-assigned": assigned to a team the technician is in, not to them. */
const relations: Relation[] = ['converted', 'assigned', 'team-assigned', 'unassigned', 'other-msp'];

interface Call {
  /** The account a route acts on must be in this state for the request to make sense. */
  state?: State;
  query?: string;
  body?: (role: Role, accountNumber: string, staff: StaffIds) => unknown;
  /** Names a staff member, invite or team by an id nobody has (":id", ":teamId"): allowed, it answers 404; refused, 403. */
  missingId?: boolean;
  /** Whom ":staffId" names (the technician unless told): team membership calls move Sales, so no scope moves. */
  staffRole?: Role;
}

interface StaffIds {
  admin: string;
  sales: string;
  technician: string;
  /** The MSP's team the technician is in, which the "team-assigned" accounts are assigned to. */
  team: string;
}

/** Routes that name their accounts in the body: one the caller does not see is reported, not refused. */
const bodyAccountRoutes = new Set(['POST /assignments', 'POST /team-assignments']);

/** How to call each route of the table (a route with an :accountNumber is called once per relation). */
const calls: Record<string, Call> = {
  'GET /accounts': { query: '?status=paid&limit=200' },
  'POST /accounts': {
    body: (role) => ({ organizationName: `Matrix ${role}`, email: `new.${role}@matrix.example` }),
  },
  'GET /summary': {},
  'GET /accounts/:accountNumber': { state: 'paid' },
  'GET /organization-names': { query: '?name=Matrix' },
  'POST /accounts/:accountNumber/upgrade': { state: 'trial', body: () => ({ seats: 5 }) },
  'POST /accounts/:accountNumber/extend-trial': { state: 'trial', body: () => ({ days: 7 }) },
  'POST /accounts/:accountNumber/end-trial': { state: 'trial' },
  'GET /accounts/:accountNumber/seat-change': { state: 'paid', query: '?seats=300' },
  'POST /accounts/:accountNumber/seats': { state: 'paid', body: () => ({ seats: 300 }) },
  'DELETE /accounts/:accountNumber/pending-seats': { state: 'paid' },
  'POST /accounts/:accountNumber/cancel': { state: 'paid' },
  'POST /accounts/:accountNumber/resume': { state: 'paid' },
  'POST /accounts/:accountNumber/remove': { state: 'paid' },
  'POST /accounts/:accountNumber/restore': { state: 'paid' },
  'GET /activity': {},
  'GET /accounts/:accountNumber/history': { state: 'paid' },
  'GET /ended-accounts': {},
  'GET /accounts/:accountNumber/export': { state: 'paid' },
  'GET /insights': {},
  'POST /accounts/:accountNumber/open': { state: 'paid' },
  'GET /audit-events': {},
  'GET /accounts/:accountNumber/assignments': { state: 'paid' },
  'PUT /accounts/:accountNumber/assignments/:staffId': { state: 'paid' },
  'DELETE /accounts/:accountNumber/assignments/:staffId': { state: 'paid' },
  'POST /assignments': {
    body: (_role, accountNumber, staff) => ({
      staffId: staff.technician,
      accountNumbers: [accountNumber],
      assigned: true,
    }),
  },
  'GET /assignees': {},
  'GET /accounts/:accountNumber/teams': { state: 'paid' },
  'PUT /accounts/:accountNumber/teams/:teamId': { state: 'paid' },
  'DELETE /accounts/:accountNumber/teams/:teamId': { state: 'paid' },
  'POST /team-assignments': {
    body: (_role, accountNumber, staff) => ({ teamId: staff.team, accountNumbers: [accountNumber], assigned: true }),
  },
  'GET /team/teams': {},
  'POST /team/teams': { body: (role) => ({ name: `Matrix team of ${role}` }) },
  'PATCH /team/teams/:teamId': { body: (role) => ({ name: `Matrix team renamed by ${role}` }) },
  'DELETE /team/teams/:teamId': { missingId: true },
  'PUT /team/teams/:teamId/members/:staffId': { staffRole: 'sales' },
  'DELETE /team/teams/:teamId/members/:staffId': { staffRole: 'sales' },
  'POST /accounts/bulk': {
    body: (_role, accountNumber) => ({ action: 'extendTrial', days: 7, accountNumbers: [accountNumber] }),
  },
  'GET /accounts/export.csv': { query: '?status=paid' },
  'GET /billing/reconciliation.csv': { query: `?month=${TODAY.slice(0, 7)}` },
  'GET /team': {},
  'POST /team/invites': { body: (role) => ({ email: `invitee.${role}@matrix.example`, role: 'technician' }) },
  'DELETE /team/invites/:id': { missingId: true },
  'PATCH /team/staff/:id': { missingId: true, body: () => ({ role: 'sales' }) },
  'POST /team/staff/:id/deactivate': { missingId: true },
  'GET /audit-events/export': {},
  'GET /activity/export': {},
  'GET /attention': {},
  'GET /alerts': {},
  'PUT /alerts/settings': { body: () => ({ digest: true }) },
  'POST /alerts/read': {},
};

/** Routes a deployment mounts outside createApiApp's own (before authentication, or the demo's controls). */
const mountedElsewhere = (entry: RouteEntry) =>
  entry.access === 'public' ||
  entry.access === 'signed-in' ||
  (entry.method === 'GET' && entry.path === '/session') ||
  // One's own sessions and password: the live server's (every role has "own-session"; tests/server/team-access-suite.ts).
  entry.path === '/sessions' ||
  entry.path === '/sessions/:id' ||
  entry.path === '/session/password';

const keyOf = (entry: RouteEntry) => `${entry.method} ${entry.path}`;
const tested = routeTable.filter((entry) => !mountedElsewhere(entry));

interface Subject {
  accountNumber: string;
  mspId: string;
  state: State;
  relation: Relation;
}

/** One account per role × route × relation, cloned from a trial and a paid account of a generated fleet. */
function subjects(): { records: AccountRecord[]; plan: Map<string, Subject> } {
  const fleet = generateDemoFleet({ seed: 5, size: 40, today: TODAY, mspId: OURS });
  const trial = fleet.find((record) => deriveStatus(record.plan, record.trialEndsAt, TODAY) === 'trial')!;
  const paid = fleet.find(
    (record) => record.plan === 'paid' && record.cancelsOn === null && record.pendingSeats === null,
  )!;
  const records: AccountRecord[] = [];
  const plan = new Map<string, Subject>();
  let number = 700_001;
  for (const role of roles)
    for (const entry of tested) {
      if (!entry.path.includes(':accountNumber') && !bodyAccountRoutes.has(keyOf(entry))) continue;
      for (const relation of relations) {
        const state: State = relation === 'converted' ? 'paid' : (calls[keyOf(entry)]?.state ?? 'paid');
        const accountNumber = `AC-${number++}`;
        const mspId = relation === 'other-msp' ? THEIRS : OURS;
        records.push({
          ...(state === 'trial' ? trial : paid),
          mspId,
          accountNumber,
          organizationName: `Subject ${accountNumber}`,
          email: `${accountNumber.toLowerCase()}@matrix.example`,
          emailKey: `${accountNumber.toLowerCase()}@matrix.example`,
          convertedBy: null,
        });
        plan.set(`${role}|${keyOf(entry)}|${relation}`, { accountNumber, mspId, state, relation });
      }
    }
  return { records, plan };
}

/** Whether a role sees the subject: the rule the stores must follow. */
function sees(role: Role, subject: Subject): boolean {
  if (subject.mspId !== OURS) return false;
  if (role === 'admin') return true;
  if (role === 'sales') return subject.state === 'trial' || subject.relation === 'converted';
  return subject.relation === 'assigned' || subject.relation === 'team-assigned';
}

interface Setup {
  store: AccountStore;
  staff: StaffIds;
  /** Signs the app's requests as the role's staff member. */
  headersFor: (role: Role) => Record<string, string>;
  authenticate: (request: Request) => Promise<Actor | null>;
  dispose: () => Promise<void>;
}

async function prepare(setup: Setup, records: AccountRecord[], plan: Map<string, Subject>) {
  const converted = [...plan.values()].filter((subject) => subject.relation === 'converted');
  const assigned = [...plan.values()].filter((subject) => subject.relation === 'assigned');
  const teamAssigned = [...plan.values()].filter((subject) => subject.relation === 'team-assigned');
  for (const record of records)
    if (converted.some((subject) => subject.accountNumber === record.accountNumber))
      record.convertedBy = setup.staff.sales;
  return {
    assigned: assigned.map((subject) => subject.accountNumber),
    teamAssigned: teamAssigned.map((subject) => subject.accountNumber),
  };
}

/** The MSP's team with the technician in it, and the "team-assigned" accounts assigned to it. */
async function teamUp(store: AccountStore, technician: string, accountNumbers: string[]): Promise<string> {
  const created = await store.createTeam({ mspId: OURS }, 'Matrix team');
  if (!created.ok) throw new Error(`The matrix team was not created: ${created.reason}`);
  await store.setTeamMember({ mspId: OURS }, created.team.id, technician, true);
  await store.setTeamAssignment({ mspId: OURS }, created.team.id, accountNumbers, true);
  return created.team.id;
}

function describeMatrix(
  name: string,
  open: () => Promise<{ setup: Setup; records: AccountRecord[]; plan: Map<string, Subject> }>,
  skip = false,
) {
  describe.skipIf(skip)(`the permission matrix: ${name}`, () => {
    let setup: Setup;
    let plan: Map<string, Subject>;
    let app: ReturnType<typeof createApiApp>;

    beforeAll(async () => {
      ({ setup, plan } = await open());
      app = createApiApp({ store: setup.store, clock: () => NOW, authenticate: setup.authenticate });
    }, 120_000);

    afterAll(async () => {
      await setup?.dispose();
    });

    it('has a call for every route of the table, and the table a line for every mounted route', () => {
      expect(tested.map(keyOf).filter((key) => !(key in calls))).toEqual([]);
      expect(Object.keys(calls).filter((key) => !tested.some((entry) => keyOf(entry) === key))).toEqual([]);
    });

    it('answers every role × route × relation as the tables say', async () => {
      const mismatches: string[] = [];
      for (const role of roles)
        for (const entry of tested) {
          const key = keyOf(entry);
          const call = calls[key]!;
          const perAccount = entry.path.includes(':accountNumber') || bodyAccountRoutes.has(key);
          for (const relation of perAccount ? relations : ([null] as const)) {
            const subject = relation ? plan.get(`${role}|${key}|${relation}`)! : null;
            const path = entry.path
              .replace(':accountNumber', subject?.accountNumber ?? '')
              .replace(':staffId', setup.staff[call.staffRole ?? 'technician'])
              .replace(':teamId', call.missingId ? 'matrix-missing' : setup.staff.team)
              .replace(':id', 'matrix-missing');
            const body = call.body?.(role, subject?.accountNumber ?? '', setup.staff);
            const response = await app.request(`/api/v1${path}${call.query ?? ''}`, {
              method: entry.method,
              headers: {
                ...setup.headersFor(role),
                ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
              },
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            const allowed = entry.access !== 'public' && entry.access !== 'signed-in' && may(role, entry.access);
            // Bulk assignment names accounts in its body: one not seen is reported, not refused.
            const hidden = subject !== null && !bodyAccountRoutes.has(key) && !sees(role, subject);
            const expected = !allowed ? '403' : hidden || call.missingId ? '404' : 'passes';
            const actual =
              response.status === 403
                ? '403'
                : response.status === 404
                  ? '404'
                  : response.status < 500
                    ? 'passes'
                    : '500';
            if (actual !== expected)
              mismatches.push(`${role} ${key} ${relation ?? ''}: expected ${expected}, got ${response.status}`);
            if (response.status === 403) {
              const problem = (await response.json()) as { title: string };
              if (!/^Only .+ can .+\.$/.test(problem.title))
                mismatches.push(`${role} ${key}: 403 says "${problem.title}"`);
            } else await response.body?.cancel();
          }
        }
      expect(mismatches).toEqual([]);
    }, 120_000);

    it('counts only what each role sees, and says so', async () => {
      const read = async (role: Role, path: string): Promise<unknown> => {
        const response = await app.request(`/api/v1${path}`, { headers: setup.headersFor(role) });
        expect(response.status, `${role} ${path}`).toBe(200);
        return response.json();
      };
      // Subjects no request changed (their route only reads), all paid: exactly those each role sees are on its board.
      const untouched = [...plan.entries()]
        .filter(([key]) => key.includes('|GET /accounts/:accountNumber|'))
        .map(([, subject]) => subject);

      for (const role of roles) {
        // The whole board, page by page: with five relations the subjects outgrow one page.
        const page = accountPageSchema.parse(await read(role, '/accounts?status=paid&limit=200'));
        const items = [...page.items];
        for (let cursor = page.nextCursor; cursor !== null;) {
          const next = accountPageSchema.parse(
            await read(role, `/accounts?status=paid&limit=200&cursor=${encodeURIComponent(cursor)}`),
          );
          items.push(...next.items);
          cursor = next.nextCursor;
        }
        const numbers = new Set(items.map((item) => item.accountNumber));
        for (const subject of untouched)
          expect(numbers.has(subject.accountNumber), `${role} sees ${subject.relation} on the paid board`).toBe(
            sees(role, subject),
          );
        expect(page.scope).toBe({ admin: 'all', sales: 'trials-and-converted', technician: 'assigned' }[role]);
        expect(page.total).toBe(items.length);

        const summary = summarySchema.parse(await read(role, '/summary'));
        expect(summary.counts.paid).toBe(page.total);
        expect(summary.scope).toBe(page.scope);
        expect(summary.nextInvoiceCents === null).toBe(role !== 'admin');

        // Needs attention counts what the role's boards show under the linked filters.
        const attention = attentionSchema.parse(await read(role, '/attention'));
        expect(attention.scope).toBe(page.scope);
        const overSeats = accountPageSchema.parse(await read(role, '/accounts?status=paid&overSeats=true&limit=1'));
        expect(attention.overSeats).toBe(overSeats.total);

        // Activity holds only entries of accounts the role sees now.
        const activity = historyPageSchema.parse(await read(role, '/activity?limit=200'));
        expect(activity.scope).toBe(page.scope);
        const activityTotals = activityPageSchema.parse(await read(role, '/activity?limit=200'));
        expect(activityTotals.total).toBe(activity.items.length);
        expect(activityTotals.chargedCents === null).toBe(role !== 'admin');
        for (const accountNumber of new Set(activity.items.map((item) => item.accountNumber))) {
          const response = await app.request(`/api/v1/accounts/${accountNumber}`, { headers: setup.headersFor(role) });
          expect(response.status, `${role} reads activity of ${accountNumber}`).toBe(200);
        }
      }
    });
  });
}

function staffFromMemory(): StaffIds {
  return { admin: 'staff-admin', sales: 'staff-sales', technician: 'staff-technician', team: '' };
}

describeMatrix('memory', async () => {
  const staff = staffFromMemory();
  const { records, plan } = subjects();
  const store = new MemoryStore([], {
    staff: roles.map((role) => ({ id: staff[role], mspId: OURS, email: `${role}@matrix.example`, name: role, role })),
  });
  const actors = new Map(
    roles.map((role) => [role, { mspId: OURS, staffEmail: `${role}@matrix.example`, staffId: staff[role], role }]),
  );
  const setup: Setup = {
    store,
    staff,
    headersFor: (role) => ({ 'X-Matrix-Role': role }),
    authenticate: async (request) => actors.get(request.headers.get('X-Matrix-Role') as Role) ?? null,
    dispose: async () => {},
  };
  const { assigned, teamAssigned } = await prepare(setup, records, plan);
  store.load(records);
  await store.setAssignment({ mspId: OURS }, staff.technician, assigned, true);
  staff.team = await teamUp(store, staff.technician, teamAssigned);
  return { setup, records, plan };
});

async function sqlMatrix(database: TestDatabase) {
  const opened = await openDatabase(database.location);
  await migrateToLatest(opened.db);
  const directory = new StaffDirectory(opened.db);
  const cookies = new Map<Role, string>();
  const ids: Partial<StaffIds> = { team: '' };
  for (const role of roles) {
    const email = `${role}@${OURS}.example`;
    await directory.createStaff({ mspId: OURS, mspName: 'Ours', email, password: 'matrix-password-1', role });
    const member = (await directory.findByEmail(email))!;
    ids[role] = member.id;
    const { token } = await directory.startSession(member.id, NOW);
    cookies.set(role, `${SESSION_COOKIE}=${token}`);
  }
  await opened.db.insertInto('msps').values({ id: THEIRS, name: 'Theirs' }).execute();
  const staff = ids as StaffIds;
  const { records, plan } = subjects();
  const store = new SqlStore(opened.db);
  const setup: Setup = {
    store,
    staff,
    headersFor: (role) => ({ Cookie: cookies.get(role)! }),
    authenticate: sessionAuthenticator(directory, () => NOW),
    dispose: async () => {
      await opened.close();
      await database.dispose();
    },
  };
  const { assigned, teamAssigned } = await prepare(setup, records, plan);
  await insertAccounts(opened.db, records);
  await store.setAssignment({ mspId: OURS }, staff.technician, assigned, true);
  staff.team = await teamUp(store, staff.technician, teamAssigned);
  return { setup, records, plan };
}

describeMatrix('PGlite', async () => sqlMatrix(await tempPglite()));

const databaseUrl = process.env.DATABASE_URL?.trim();
describeMatrix('PostgreSQL', async () => sqlMatrix(await tempPostgresSchema(databaseUrl!)), !databaseUrl);
