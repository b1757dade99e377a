// @vitest-environment node
// Session lookups kept in memory on PGlite (StaffDirectory with the database's write generation): the second
// lookup of a session costs no statement, and each way a session ends (sign-out, a password change, a new role,
// a rotation, the staff member removed, its 12 hours, two idle hours, a change no store knows of) is seen by the
// very next lookup, as it is without the cache.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StaffAccess } from '../../server/auth/staff-access';
import { SESSION_HOURS, StaffDirectory } from '../../server/auth/staff-directory';
import { hashSessionToken } from '../../server/auth/session-token';
import { openDatabase, type OpenDatabase } from '../../server/sql/database';
import { migrateToLatest } from '../../server/sql/migrate';
import { SqlTeamStore } from '../../server/sql/sql-team-store';
import { tempPglite, type TestDatabase } from './live-server-harness';

const MSP = 'session-msp';
const PASSWORD = 'session-password-1';
const START = new Date('2026-11-22T09:00:00Z');
const later = (ms: number) => new Date(START.getTime() + ms);

let temporary: TestDatabase;
let database: OpenDatabase;
let statements = 0;
let directory: StaffDirectory;
let member: { id: string; email: string; token: string };
let created = 0;

beforeAll(async () => {
  temporary = await tempPglite();
  database = await openDatabase(temporary.location);
  await migrateToLatest(database.db);
  const counted = database.db.withPlugin({
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      statements += 1;
      return result;
    },
  });
  directory = new StaffDirectory(counted, database.pglite);
}, 60_000);

afterAll(async () => {
  await database?.close();
  await temporary?.dispose();
});

beforeEach(async () => {
  // A staff member of their own for each test, signed in at START.
  created += 1;
  const email = `member${created}@sessions.example`;
  await directory.createStaff({ mspId: MSP, mspName: 'Sessions', email, password: PASSWORD, role: 'sales' });
  const id = (await directory.findByEmail(email))!.id;
  member = { id, email, token: (await directory.startSession(id, START)).token };
});

/** Statements a lookup sent the database. */
async function lookUp(token: string, now: Date) {
  const before = statements;
  const found = await directory.findSession(token, now);
  return { found, statements: statements - before };
}

describe('session lookups kept until the next write, on PGlite', () => {
  it('answers a second lookup from memory, and the same as the first', async () => {
    const first = await lookUp(member.token, later(1_000));
    const second = await lookUp(member.token, later(2_000));
    expect(first.found?.email).toBe(member.email);
    expect(second).toEqual({ found: first.found, statements: 0 });
  });

  it('never keeps one on PostgreSQL-like terms: without a write generation every lookup asks the database', async () => {
    const plain = new StaffDirectory(
      database.db.withPlugin({
        transformQuery: ({ node }) => node,
        transformResult: async ({ result }) => {
          statements += 1;
          return result;
        },
      }),
    );
    const before = statements;
    await plain.findSession(member.token, later(1_000));
    await plain.findSession(member.token, later(2_000));
    expect(statements - before).toBe(2);
  });

  it('refuses a signed-out session at once', async () => {
    await lookUp(member.token, later(1_000));
    await directory.endSession(member.token);
    expect((await lookUp(member.token, later(2_000))).found).toBeNull();
  });

  it('refuses the other sessions after a password change', async () => {
    const other = await directory.startSession(member.id, START);
    await lookUp(other.token, later(1_000));
    expect(
      await new StaffAccess(database.db).changePassword(member.id, member.token, PASSWORD, 'a new passphrase 42'),
    ).toBe('changed');
    expect((await lookUp(other.token, later(2_000))).found).toBeNull();
    expect((await lookUp(member.token, later(2_000))).found?.id).toBe(member.id);
  });

  it('gives a new id at the next request after a change of role, and holds the new role', async () => {
    await lookUp(member.token, later(1_000));
    await new SqlTeamStore(database.db).changeRole({ mspId: MSP }, member.id, 'technician');
    const { found } = await lookUp(member.token, later(2_000));
    expect(found?.role).toBe('technician');
    expect(found?.rotated?.token).toBeTruthy();
    expect((await lookUp(found!.rotated!.token, later(3_000))).found?.role).toBe('technician');
  });

  it('refuses a session rotated away (after its grace) and answers the new one', async () => {
    await lookUp(member.token, later(1_000));
    const rotated = await directory.rotateSession(member.token, later(1_000));
    expect((await lookUp(member.token, later(2_000))).found).toBeNull();
    expect((await lookUp(rotated!.token, later(2_000))).found?.id).toBe(member.id);
  });

  it('refuses the sessions of a staff member who was removed', async () => {
    await lookUp(member.token, later(1_000));
    await new SqlTeamStore(database.db).deactivate({ mspId: MSP }, member.id, later(1_000));
    expect((await lookUp(member.token, later(2_000))).found).toBeNull();
  });

  it('refuses a kept session once its 12 hours are up, and one idle for 2 hours, with no write between', async () => {
    // Last seen 20 s before the lookup, so the lookup writes nothing and is kept; then the 12 hours end.
    const nearEnd = later(SESSION_HOURS * 3_600_000 - 30_000);
    await database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(nearEnd.getTime() - 20_000) })
      .where('token_hash', '=', hashSessionToken(member.token))
      .execute();
    expect((await lookUp(member.token, nearEnd)).found?.id).toBe(member.id);
    expect((await lookUp(member.token, nearEnd)).statements).toBe(0);
    expect((await lookUp(member.token, later(SESSION_HOURS * 3_600_000))).found).toBeNull();

    const idle = await directory.startSession(member.id, START);
    await lookUp(idle.token, later(1_000));
    expect((await lookUp(idle.token, later(2 * 3_600_000 + 1_000))).found).toBeNull();
  });

  it('writes last-seen again after a minute, as without the cache', async () => {
    await lookUp(member.token, later(1_000));
    const { statements: sent } = await lookUp(member.token, later(61_000));
    expect(sent).toBe(2);
    const row = await database.db
      .selectFrom('sessions')
      .select('last_seen_at')
      .where('token_hash', '=', hashSessionToken(member.token))
      .executeTakeFirstOrThrow();
    expect(row.last_seen_at).toEqual(later(61_000));
  });

  it('refuses a session whose last-seen was moved back by a write no store knows of', async () => {
    await lookUp(member.token, later(1_000));
    await database.db
      .updateTable('sessions')
      .set({ last_seen_at: later(-3 * 3_600_000) })
      .where('token_hash', '=', hashSessionToken(member.token))
      .execute();
    expect((await lookUp(member.token, later(2_000))).found).toBeNull();
  });
});
