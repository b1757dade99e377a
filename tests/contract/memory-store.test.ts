import { dayOf } from '../../src/domain/calendar';
import { TEST_NOW, testApi } from '../../mocks/node';
import { describeAccountsContract } from './accounts-contract';
import { describeBulkContract } from './bulk-contract';
import { describeFindContract } from './find-contract';
import { describeInsightsContract } from './insights-contract';
import { describeLifecycleContract } from './lifecycle-contract';
import { describeHostileCorpus } from './hostile-corpus';
import { describeOpenAccountContract } from './open-account-contract';
import { describeTeamContract } from './team-contract';
import { describeWatchContract } from './watch-contract';
import { describeTeamsContract } from './teams-contract';
import type { ContractTarget } from './contract-target';
import { DEMO_STAFF } from '../../mocks/demo-staff';

describeAccountsContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeLifecycleContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeHostileCorpus('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeInsightsContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeFindContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeOpenAccountContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeBulkContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeTeamContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

describeWatchContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));

/** The demo signs every request in as the role "View as" chose: the technician's requests choose it and switch back. */
const asTechnician: ContractTarget = {
  request: async (path, init) => {
    const viewAs = (role: string) =>
      testApi().app.request('/api/v1/demo/view-as', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role }),
      });
    await viewAs('technician');
    try {
      return await testApi().app.request(path, init);
    } finally {
      await viewAs('admin');
    }
  },
  today: dayOf(TEST_NOW),
};

describeTeamsContract('the API app over the in-memory store', {
  admin: () => ({ request: async (path, init) => testApi().app.request(path, init), today: dayOf(TEST_NOW) }),
  technician: async () => ({ target: asTechnician, staffId: DEMO_STAFF.technician.id }),
});
