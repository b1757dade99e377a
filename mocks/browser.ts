import { setupWorker } from 'msw/browser';
import { createDemoApi } from './demo-api';
import { demoSettingsFrom } from './demo-settings';
import { apiHandlers } from './handlers';

/** Starts the demo: the API application in this page, served through MSW's service worker. */
export async function startDemo(): Promise<void> {
  const { app } = createDemoApi({
    settings: demoSettingsFrom(window.location.search, window.sessionStorage),
    clock: () => new Date(),
    storage: window.localStorage,
    exclusive: (work) => ('locks' in navigator ? navigator.locks.request('mcc.demo.write', () => work()) : work()),
  });
  const worker = setupWorker(...apiHandlers(app));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
