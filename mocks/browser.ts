import { setupWorker } from 'msw/browser';
import type { DemoConnection } from './demo-connection';
import { apiHandlers } from './handlers';

/**
 * MSW's service worker takes every request to /api/v1/ and hands it to the demo API in its Worker, through the
 * same one handler the tests use (mocks/handlers.ts). The Worker was started before this chunk loaded
 * (mocks/demo-connection.ts), so it grows the fleet while MSW starts.
 */
export async function startDemo(connection: DemoConnection): Promise<void> {
  await setupWorker(...apiHandlers({ fetch: connection.forward })).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
