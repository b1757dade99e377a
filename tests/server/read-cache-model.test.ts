// @vitest-environment node
// The read cache against the store it wraps, on one PGlite: random sequences of writes of every kind (through the
// store, through the Team page's store, through raw SQL that no store knows of, by the daily settle, and alongside
// reads) and reads of boards, summaries and attention counts by every role, on several days. Every cached answer
// must equal the uncached store's answer to the same question at the same moment.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { boardQueryRules } from '../../src/api/contract';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import type { RuleResult } from '../../src/domain/lifecycle/account-state';
import * as rules from '../../src/domain/lifecycle/lifecycle-rules';
import { changeSeats } from '../../src/domain/lifecycle/seat-rules';
import type { Role } from '../../src/domain/permissions';
import { historyEntries } from '../../server/app/apply-rule';
import { listQueryFrom } from '../../server/app/list-query';
import { createSettler } from '../../server/app/settle-due';
import { StaffDirectory } from '../../server/auth/staff-directory';
import { insertAccounts } from '../../server/seed/insert-accounts';
import { openDatabase, type OpenDatabase } from '../../server/sql/database';
import { migrateToLatest } from '../../server/sql/migrate';
import { SqlStore } from '../../server/sql/sql-store';
import { SqlTeamStore } from '../../server/sql/sql-team-store';
import type { AccountRecord, AccountStore, Scope } from '../../server/store/account-record';
import { withReadCache } from '../../server/store/cached-account-store';
import { newTrialRecord } from '../../server/store/new-trial-record';
import { tempPglite, type TestDatabase } from './live-server-harness';

const TODAY = '2026-11-22';
/** Days the reads are asked on: trials run out and renewals fall due between them without any write. */
const DAYS: IsoDay[] = [TODAY, addDays(TODAY, 1), addDays(TODAY, 9), addDays(TODAY, 35)];
const OURS = 'ours-msp';
const THEIRS = 'their-msp';

let temporary: TestDatabase;
let database: OpenDatabase;
let plain: SqlStore;
let cached: ReturnType<typeof withReadCache>;
let team: SqlTeamStore;
let scopes: Scope[];
let numbers: string[];
let teamId: string | null = null;
let created = 0;

async function staffId(directory: StaffDirectory, email: string, mspId: string, role: Role): Promise<string> {
  await directory.createStaff({ mspId, mspName: mspId, email, password: 'model-password-1', role });
  return (await directory.findByEmail(email))!.id;
}

beforeAll(async () => {
  temporary = await tempPglite();
  database = await openDatabase(temporary.location);
  await migrateToLatest(database.db);
  const directory = new StaffDirectory(database.db);
  const admin = await staffId(directory, 'admin@ours.example', OURS, 'admin');
  const sales = await staffId(directory, 'sales@ours.example', OURS, 'sales');
  const technician = await staffId(directory, 'tech@ours.example', OURS, 'technician');
  const theirAdmin = await staffId(directory, 'admin@theirs.example', THEIRS, 'admin');
  const records = [
    ...generateDemoFleet({ seed: 21, size: 120, today: TODAY, mspId: OURS, firstNumber: 700_001 }),
    ...generateDemoFleet({ seed: 22, size: 40, today: TODAY, mspId: THEIRS, firstNumber: 800_001 }).map((record) => ({
      ...record,
      email: `theirs.${record.email}`,
      emailKey: `theirs.${record.emailKey}`,
    })),
  ];
  // Sales sees the paid accounts it converted: give it some.
  for (const record of records.slice(0, 30)) if (record.plan === 'paid') record.convertedBy = sales;
  await insertAccounts(database.db, records);
  numbers = records.filter((record) => record.mspId === OURS).map((record) => record.accountNumber);
  plain = new SqlStore(database.db);
  cached = withReadCache(plain, database.pglite!, 50);
  team = new SqlTeamStore(database.db);
  scopes = [
    { mspId: OURS, staffId: admin, role: 'admin' },
    { mspId: OURS, staffId: sales, role: 'sales' },
    { mspId: OURS, staffId: technician, role: 'technician' },
    { mspId: THEIRS, staffId: theirAdmin, role: 'admin' },
    // The scheduler's scope: the whole MSP, no staff member.
    { mspId: OURS },
  ];
}, 120_000);

afterAll(async () => {
  await database?.close();
  await temporary?.dispose();
});

const scopeArb = fc.nat({ max: 4 });
const dayArb = fc.nat({ max: DAYS.length - 1 });
const readArb = fc.oneof(
  fc.record({
    kind: fc.constant('list' as const),
    scope: scopeArb,
    day: dayArb,
    board: fc.constantFrom('paid', 'trial', 'expired' as const),
    sort: fc.nat(),
    filter: fc.nat({ max: 4 }),
    q: fc.constantFrom('', '', 'a', 'inc', '7000'),
    limit: fc.constantFrom(1, 7, 60),
    secondPage: fc.boolean(),
  }),
  fc.record({ kind: fc.constantFrom('summary' as const, 'attention' as const), scope: scopeArb, day: dayArb }),
);
type Read = typeof readArb extends fc.Arbitrary<infer R> ? R : never;

const accountArb = fc.nat();
const writeArb = fc.oneof(
  fc.record({
    kind: fc.constant('rule' as const),
    account: accountArb,
    day: dayArb,
    rule: fc.constantFrom('upgrade', 'extend', 'endTrial', 'cancel', 'resume', 'remove', 'restore', 'seats'),
    amount: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('users' as const), account: accountArb, users: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('delete' as const), account: accountArb }),
  fc.record({ kind: fc.constant('create' as const), theirs: fc.boolean(), day: dayArb }),
  fc.record({ kind: fc.constant('assign' as const), account: accountArb, assigned: fc.boolean() }),
  fc.record({
    kind: fc.constant('team' as const),
    account: accountArb,
    op: fc.constantFrom('member', 'leave', 'assign', 'unassign', 'delete'),
  }),
  fc.record({
    kind: fc.constant('raw sql' as const),
    account: accountArb,
    users: fc.nat({ max: 40 }),
    asRead: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('settle' as const), day: dayArb }),
  fc.record({ kind: fc.constant('staff role' as const), role: fc.constantFrom('sales', 'technician' as const) }),
  fc.record({ kind: fc.constant('alert state' as const), digest: fc.boolean() }),
);
type Write = typeof writeArb extends fc.Arbitrary<infer W> ? W : never;

/** Asks `store` the read's question (a list's second page follows the first's cursor). */
async function ask(store: AccountStore, read: Read): Promise<unknown> {
  const scope = scopes[read.scope]!;
  const today = DAYS[read.day]!;
  if (read.kind !== 'list')
    return read.kind === 'summary' ? store.summary(scope, today) : store.attention(scope, today);
  const board = boardQueryRules[read.board];
  const params: Record<string, string> = {
    status: read.board,
    limit: String(read.limit),
    sort: board.sorts[read.sort % board.sorts.length]!,
    ...(read.q ? { q: read.q } : {}),
  };
  const filter = board.filters[read.filter];
  if (filter) params[filter] = filter === 'endsWithin' ? '7' : 'true';
  const { query } = listQueryFrom(params, today);
  const first = await store.list(scope, query);
  if (!read.secondPage || !first.next) return first;
  return { first, second: await store.list(scope, { ...query, after: first.next }) };
}

/** The cached answer, asked twice (the second from memory, unless a write came between), equals the store's. */
async function expectSameAnswer(read: Read): Promise<void> {
  const fromCache = await ask(cached, read);
  const again = await ask(cached, read);
  const fromStore = await ask(plain, read);
  expect(fromCache).toEqual(fromStore);
  expect(again).toEqual(fromStore);
}

const outcomeOf = (result: RuleResult, record: AccountRecord, at: string) =>
  result.ok
    ? {
        ok: true as const,
        record: { ...record, ...result.state },
        history: historyEntries(result.changes, record, 'model@ours.example', at),
        result: null,
      }
    : { ok: false as const, refusal: { status: 409 as const, title: result.refusal.message } };

async function write(command: Write): Promise<void> {
  const admin = scopes[0]!;
  const number = 'account' in command ? numbers[command.account % numbers.length]! : '';
  switch (command.kind) {
    case 'rule': {
      const today = DAYS[command.day]!;
      const apply = (record: AccountRecord): RuleResult => {
        if (command.rule === 'upgrade')
          return rules.upgrade(record, Math.max(command.amount, record.monitoredUsers), today);
        if (command.rule === 'extend') return rules.extendTrial(record, [7, 14, 30][command.amount % 3]!, today);
        if (command.rule === 'seats') return changeSeats(record, command.amount, today);
        return rules[command.rule](record, today);
      };
      await plain.update(admin, number, (record) => outcomeOf(apply(record), record, `${today}T10:00:00.000Z`));
      return;
    }
    case 'users':
      await plain.update(admin, number, (record) => ({
        ok: true,
        record: { ...record, monitoredUsers: command.users },
        history: [],
        result: null,
      }));
      return;
    case 'delete':
      await plain.update(admin, number, () => ({ ok: true, record: 'delete', history: [], result: null }));
      return;
    case 'create': {
      created += 1;
      const email = `model.${Date.now().toString(36)}.${created}@created.example`;
      const outcome = await plain.create(
        newTrialRecord({
          mspId: command.theirs ? THEIRS : OURS,
          email,
          emailKey: email,
          organizationName: `Created ${created} Inc`,
          createdAt: `${DAYS[command.day]!}T09:00:00.000Z`,
          trialEndsAt: addDays(DAYS[command.day]!, 29),
          monitoredUsers: created % 7,
        }),
        {
          at: `${TODAY}T09:00:00.000Z`,
          actor: 'model',
          action: 'created',
          summary: '',
          organizationName: `Created ${created} Inc`,
          before: null,
          after: null,
          chargeCents: null,
        },
      );
      if (outcome.ok && !command.theirs) numbers.push(outcome.record.accountNumber);
      return;
    }
    case 'assign':
      await plain.setAssignment(admin, scopes[2]!.staffId!, [number], command.assigned);
      return;
    case 'team': {
      if (teamId === null || command.op === 'delete') {
        if (teamId !== null) await plain.deleteTeam(admin, teamId);
        const made = await plain.createTeam(admin, `Team ${Date.now().toString(36)}${created++}`);
        teamId = made.ok ? made.team.id : null;
        return;
      }
      if (command.op === 'member' || command.op === 'leave')
        await plain.setTeamMember(admin, teamId, scopes[2]!.staffId!, command.op === 'member');
      else await plain.setTeamAssignment(admin, teamId, [number], command.op === 'assign');
      return;
    }
    case 'raw sql':
      // Around every store, and shaped as a read (a SELECT over a data-modifying WITH) when `asRead`: what counts
      // as a write is what PostgreSQL refuses in a read-only transaction, not what the SQL looks like.
      if (command.asRead)
        await sql`with changed as (update accounts set monitored_users = ${command.users}, version = version + 1
          where account_number = ${number} returning 1) select count(*) from changed`.execute(database.db);
      else
        await database.db
          .updateTable('accounts')
          .set({ monitored_users: command.users, version: sql`version + 1` })
          .where('account_number', '=', number)
          .execute();
      return;
    case 'settle':
      await createSettler(plain)(DAYS[command.day]!);
      return;
    case 'staff role':
      await team.changeRole(admin, scopes[1]!.staffId!, command.role);
      return;
    case 'alert state':
      await plain.saveAlertState(admin, { staffEmail: 'admin@ours.example', digest: command.digest, lastReadAt: null });
      return;
  }
}

const commandArb = fc.oneof(
  { weight: 5, arbitrary: readArb.map((read) => ({ read })) },
  { weight: 3, arbitrary: writeArb.map((write) => ({ write })) },
  // A read and a write at once: whichever the database runs first, what the cache keeps must hold after both.
  { weight: 2, arbitrary: fc.record({ read: readArb, write: writeArb, race: fc.constant(true) }) },
);

describe('the read cache over the SQL store on PGlite', () => {
  it('answers every read as the store does, through random writes of every kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 5, maxLength: 25 }), async (commands) => {
        for (const command of commands) {
          if ('race' in command) await Promise.all([ask(cached, command.read), write(command.write)]);
          else if ('write' in command) await write(command.write);
          if ('read' in command) await expectSameAnswer(command.read);
        }
      }),
      { numRuns: 25 },
    );
    // It did answer from memory, or the property would hold of a cache that keeps nothing.
    expect(cached.cacheStats().hits).toBeGreaterThan(100);
  }, 600_000);
});
