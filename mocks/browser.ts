import { setupWorker } from 'msw/browser';
import { createDemoApi } from './demo-api';
import { demoSettingsFrom } from './demo-settings';
import { apiHandlers } from './handlers';

export interface DemoSession {
  /** Calls back when another tab of the same demo changes its data (or resets it). */
  onChangeElsewhere: (listener: () => void) => void;
}

/** Starts the demo: the API application in this page, served through MSW's service worker. */
export async function startDemo(): Promise<DemoSession> {
  const { app } = createDemoApi({
    settings: demoSettingsFrom(window.location.search, window.sessionStorage),
    clock: () => new Date(),
    storage: window.localStorage,
    // Per tab: two tabs can look through different roles' eyes side by side.
    viewAsStorage: window.sessionStorage,
    exclusive: (work) => ('locks' in navigator ? navigator.locks.request('mcc.demo.write', () => work()) : work()),
  });
  const worker = setupWorker(...apiHandlers(app));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return {
    // The storage event fires only in the other tabs, never in the one that wrote.
    onChangeElsewhere: (listener) =>
      window.addEventListener('storage', (event) => {
        // A write saves its batch (`<key>:<n>`) and then the record that announces it: only the latter matters.
        if (event.key === null || (event.key.startsWith('mcc.demo.') && !/:\d+:\d+:\d+$/.test(event.key))) listener();
      }),
  };
}
