import { setupServer } from 'msw/node';
import { createDemoApi, type DemoApi } from './demo-api';
import { apiHandlers } from './handlers';

/** The fixed "now" of the tests, so every trial date in them is predictable. */
export const TEST_NOW = new Date('2026-11-21T12:00:00.000Z');

let current: DemoApi = createTestApi();

export function createTestApi(accounts = 60, seed = 42): DemoApi {
  return createDemoApi({ settings: { seed, accounts }, clock: () => TEST_NOW, storage: null });
}

/** The API the tests talk to; a fresh fleet for every test (see tests/setup.ts). */
export function testApi(): DemoApi {
  return current;
}

export function resetTestApi(accounts?: number, seed?: number): DemoApi {
  current = createTestApi(accounts, seed);
  return current;
}

export const server = setupServer(...apiHandlers({ fetch: (request) => current.app.fetch(request) }));
