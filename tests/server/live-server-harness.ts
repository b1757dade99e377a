import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dayOf } from '../../src/domain/calendar';
import { startLiveServer, type LiveServer } from '../../server/node/live-server';
import type { DatabaseLocation } from '../../server/sql/database';
import type { ContractTarget } from '../contract/contract-target';

/** Where a test server keeps its data, and how to throw it away afterwards. */
export interface TestDatabase {
  location: DatabaseLocation;
  dispose: () => Promise<void>;
}

export async function tempPglite(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-test-'));
  return { location: { kind: 'pglite', dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}

/**
 * A schema of its own in DATABASE_URL's database, so every run starts new
 * (and seeds) and leaves nothing behind. search_path is set per connection.
 */
export async function tempPostgresSchema(databaseUrl: string): Promise<TestDatabase> {
  const schema = `mcc_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    location: { kind: 'postgres', url: url.toString() },
    dispose: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export function startTestServer(
  database: TestDatabase,
  distDir: string | null = null,
  { sampleData = true }: { sampleData?: boolean } = {},
): Promise<LiveServer> {
  // trustProxy: the sign-in tests play several clients with X-Forwarded-For.
  return startLiveServer({
    database: database.location,
    port: 0,
    hostname: '127.0.0.1',
    distDir,
    trustProxy: true,
    sampleData,
  });
}

/** Signs in and returns the session cookie ("name=value") to send back. */
export async function signIn(server: LiveServer, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in as ${email} failed with ${response.status}`);
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('mcc_session='));
  if (!cookie) throw new Error('Sign-in set no session cookie');
  return cookie.split(';')[0]!;
}

/** The server over HTTP as a contract target, signed in with `cookie` (or not at all). */
export function httpTarget(server: LiveServer, cookie: string | null): ContractTarget {
  return {
    request: (requestPath, init = {}) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set('Cookie', cookie);
      return fetch(`${server.url}${requestPath}`, { ...init, headers });
    },
    today: dayOf(new Date()),
  };
}

/** The staff of both seeded MSPs: the first start prints them once, and the tests read them here. */
export function seededStaff(server: LiveServer) {
  const [first, second] = server.seeded ?? [];
  if (!first || !second) throw new Error('The test server was not seeded on a new database');
  return { first, second };
}

/** A new staff member of the admin's MSP, joined through an invite as a real one would: signed in, with their id. */
export async function joinedStaff(
  server: LiveServer,
  admin: ContractTarget,
  role: 'admin' | 'sales' | 'technician',
): Promise<{ target: ContractTarget; staffId: string; email: string; cookie: string }> {
  const email = `${role}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@joined.example`;
  const invited = await admin.request('/api/v1/team/invites', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, role }),
  });
  if (invited.status !== 201) throw new Error(`Inviting ${email} failed with ${invited.status}`);
  const { link } = (await invited.json()) as { link: string };
  const accepted = await fetch(`${server.url}/api/v1/invites/${link.split('/').at(-1)!}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: `Joined ${role}`, password: 'violet tram at dusk 7' }),
  });
  if (accepted.status !== 201) throw new Error(`Accepting the invite to ${email} failed with ${accepted.status}`);
  const cookie = accepted.headers
    .getSetCookie()
    .find((header) => header.startsWith('mcc_session='))!
    .split(';')[0]!;
  const { staff } = (await accepted.json()) as { staff: { id: string } };
  return { target: httpTarget(server, cookie), staffId: staff.id, email, cookie };
}
