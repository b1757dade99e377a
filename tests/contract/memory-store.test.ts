import { dayOf } from '../../src/domain/calendar';
import { TEST_NOW, testApi } from '../../mocks/node';
import { describeAccountsContract } from './accounts-contract';
import { describeBulkContract } from './bulk-contract';
import { describeFindContract } from './find-contract';
import { describeInsightsContract } from './insights-contract';
import { describeLifecycleContract } from './lifecycle-contract';
import { describeHostileCorpus } from './hostile-corpus';
import { describeOpenAccountContract } from './open-account-contract';
import { describeWatchContract } from './watch-contract';

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

describeWatchContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));
