// @vitest-environment node
import { afterAll, beforeAll, describe } from 'vitest';
import type { LiveServer } from '../../server/node/live-server';
import type { ContractTarget } from './contract-target';
import { describeAccountsContract } from './accounts-contract';
import { describeBulkContract } from './bulk-contract';
import { describeInsightsContract } from './insights-contract';
import { describeFindContract } from './find-contract';
import { describeLifecycleContract } from './lifecycle-contract';
import { describeHostileCorpus } from './hostile-corpus';
import { describeOpenAccountContract } from './open-account-contract';
import { describeTeamContract } from './team-contract';
import { describeWatchContract } from './watch-contract';
import { describeTeamsContract } from './teams-contract';
import {
  httpTarget,
  joinedStaff,
  seededStaff,
  signIn,
  startTestServer,
  tempPostgresSchema,
  type TestDatabase,
} from '../server/live-server-harness';
import { describeLiveServer } from '../server/live-server-suite';
import { describeTeamAccess } from '../server/team-access-suite';

// Runs when DATABASE_URL names a PostgreSQL server (.ci/run starts one); each run gets a new schema.
const databaseUrl = process.env.DATABASE_URL?.trim();

describe.skipIf(!databaseUrl)('on PostgreSQL (DATABASE_URL)', () => {
  let database: TestDatabase;
  let server: LiveServer;
  let target: ContractTarget;
  let otherTarget: ContractTarget;

  beforeAll(async () => {
    database = await tempPostgresSchema(databaseUrl!);
    server = await startTestServer(database);
    const { first, second } = seededStaff(server);
    target = httpTarget(server, await signIn(server, first.email, first.password));
    otherTarget = httpTarget(server, await signIn(server, second.email, second.password));
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  describeAccountsContract('the live server over HTTP, on PostgreSQL', () => target);
  describeLifecycleContract('the live server over HTTP, on PostgreSQL', () => target);
  describeHostileCorpus('the live server over HTTP, on PostgreSQL', () => target);
  describeInsightsContract('the live server over HTTP, on PostgreSQL', () => target);
  describeFindContract('the live server over HTTP, on PostgreSQL', () => target);
  describeOpenAccountContract('the live server over HTTP, on PostgreSQL', () => target);
  describeBulkContract('the live server over HTTP, on PostgreSQL', () => target);
  describeTeamContract('the live server over HTTP, on PostgreSQL', () => target);
  describeWatchContract(
    'the live server over HTTP, on PostgreSQL',
    () => target,
    () => otherTarget,
  );
  // One technician for the file, joined through an invite; each test puts them in teams of its own.
  let technician: ReturnType<typeof joinedStaff> | null = null;
  describeTeamsContract('the live server over HTTP, on PostgreSQL', {
    admin: () => target,
    technician: () => (technician ??= joinedStaff(server, target, 'technician')),
    otherMsp: () => otherTarget,
  });
  describeLiveServer('PostgreSQL', () => server);
  describeTeamAccess(
    'PostgreSQL',
    () => server,
    () => tempPostgresSchema(databaseUrl!),
  );
});
