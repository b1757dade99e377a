import { dayOf } from '../../src/domain/calendar';
import { TEST_NOW, testApi } from '../../mocks/node';
import { describeAccountsContract } from './accounts-contract';

describeAccountsContract('the API app over the in-memory store', () => ({
  request: async (path, init) => testApi().app.request(path, init),
  today: dayOf(TEST_NOW),
}));
