// @vitest-environment node
import { afterAll, beforeAll } from 'vitest';
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
  tempPglite,
  type TestDatabase,
} from '../server/live-server-harness';
import { describeLiveServer } from '../server/live-server-suite';
import { describeTeamAccess } from '../server/team-access-suite';

// One server for the whole file: PGlite takes seconds to start.
let database: TestDatabase;
let server: LiveServer;
let target: ContractTarget;
let otherTarget: ContractTarget;

beforeAll(async () => {
  database = await tempPglite();
  server = await startTestServer(database);
  const { first, second } = seededStaff(server);
  target = httpTarget(server, await signIn(server, first.email, first.password));
  otherTarget = httpTarget(server, await signIn(server, second.email, second.password));
}, 120_000);

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describeAccountsContract('the live server over HTTP, on PGlite', () => target);
describeLifecycleContract('the live server over HTTP, on PGlite', () => target);
describeHostileCorpus('the live server over HTTP, on PGlite', () => target);
describeInsightsContract('the live server over HTTP, on PGlite', () => target);
describeFindContract('the live server over HTTP, on PGlite', () => target);
describeOpenAccountContract('the live server over HTTP, on PGlite', () => target);
describeBulkContract('the live server over HTTP, on PGlite', () => target);
describeTeamContract('the live server over HTTP, on PGlite', () => target);
describeWatchContract(
  'the live server over HTTP, on PGlite',
  () => target,
  () => otherTarget,
);
// One technician for the file, joined through an invite; each test puts them in teams of its own.
let technician: ReturnType<typeof joinedStaff> | null = null;
describeTeamsContract('the live server over HTTP, on PGlite', {
  admin: () => target,
  technician: () => (technician ??= joinedStaff(server, target, 'technician')),
  otherMsp: () => otherTarget,
});
describeLiveServer('PGlite', () => server);
describeTeamAccess('PGlite', () => server, tempPglite);
