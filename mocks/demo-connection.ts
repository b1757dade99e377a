import { demoSettingsFrom, demoStorageKey } from './demo-settings';
import type { FromWorker, ToWorker } from './demo-worker-protocol';
import { mark } from './demo-phases';

/** The page's end of the demo API's Worker: what MSW hands requests to, and the storage the Worker cannot reach. */
export interface DemoConnection {
  /** Hands a request to the API in the Worker and resolves with its answer. */
  forward: (request: Request) => Promise<Response>;
  /** Calls back when another tab of the same demo changes its data (or resets it). */
  onChangeElsewhere: (listener: () => void) => void;
}

/** The items of `storage` whose names `wanted` accepts. */
function itemsOf(storage: Storage, wanted: (name: string) => boolean): Array<[string, string]> {
  const items: Array<[string, string]> = [];
  for (let index = 0; index < storage.length; index += 1) {
    const name = storage.key(index);
    if (name === null || !wanted(name)) continue;
    const value = storage.getItem(name);
    if (value !== null) items.push([name, value]);
  }
  return items;
}

/** This demo's items in localStorage: its record and its batches. */
const savedItems = (key: string) => itemsOf(window.localStorage, (name) => name === key || name.startsWith(`${key}:`));

/**
 * Starts the demo API in its Worker (mocks/demo-worker.ts, created by src/demo-start.ts before this chunk loaded),
 * off this page's main thread, and keeps for it what a Worker has no access to: localStorage (the Worker's writes
 * are made here, other tabs' saves relayed to it). A small chunk of its own, loaded first: the Worker grows the
 * fleet while the page still loads MSW's browser library and starts its service worker (mocks/browser.ts), so the
 * waits overlap (issue 9).
 */
export function openDemoConnection(demo: Worker): DemoConnection {
  const settings = demoSettingsFrom(window.location.search, window.sessionStorage);
  const key = demoStorageKey(settings);
  const post = (message: ToWorker, transfer: Transferable[] = []) => demo.postMessage(message, transfer);
  const answers = new Map<number, (response: Response) => void>();
  let asked = 0;
  // Once a write is refused, none after it is made: what is saved stays a whole state, never a batch short.
  let refused = false;

  demo.addEventListener('message', ({ data: message }: MessageEvent<FromWorker>) => {
    switch (message.type) {
      case 'response': {
        const body = message.status === 204 || message.status === 304 ? null : message.body;
        if (message.id === 1) mark('first-response');
        answers.get(message.id)?.(
          new Response(body, { status: message.status, statusText: message.statusText, headers: message.headers }),
        );
        answers.delete(message.id);
        return;
      }
      case 'set':
        if (refused) return;
        try {
          window.localStorage.setItem(message.key, message.value);
        } catch {
          refused = true;
          post({ type: 'storage-failed' });
        }
        return;
      case 'remove':
        if (!refused) window.localStorage.removeItem(message.key);
        return;
      case 'session-set':
        try {
          window.sessionStorage.setItem(message.key, message.value);
        } catch {
          // Storage disabled: the Worker keeps the choice for this page's life.
        }
        return;
      case 'read':
        post({
          type: 'read-result',
          id: message.id,
          values: message.keys.map((name) => window.localStorage.getItem(name)),
        });
        return;
      case 'flush':
        post({ type: 'flushed', id: message.id });
        return;
    }
  });
  demo.addEventListener('error', (event) => console.error('The demo API stopped:', event.message));
  // Registered before any listener of onChangeElsewhere: the Worker has the new data before the console refetches.
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    if (event.key === null) post({ type: 'cleared', saved: savedItems(key) });
    else if (event.key === key || event.key.startsWith(`${key}:`))
      post({ type: 'stored', key: event.key, value: event.newValue });
  });
  mark('start-sent');
  post({
    type: 'start',
    settings,
    saved: savedItems(key),
    session: itemsOf(window.sessionStorage, (name) => name.startsWith('mcc.demo.')),
  });

  return {
    forward: async (request) => {
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      asked += 1;
      const id = asked;
      if (id === 1) mark('first-request');
      return new Promise((resolve) => {
        answers.set(id, resolve);
        post(
          { type: 'request', id, method: request.method, url: request.url, headers: [...request.headers], body },
          body ? [body] : [],
        );
      });
    },
    // The storage event fires only in the other tabs, never in the one that wrote.
    onChangeElsewhere: (listener) =>
      window.addEventListener('storage', (event) => {
        // A write saves its batch (`<key>:<n>`) and then the record that announces it: only the latter matters.
        if (event.key === null || (event.key.startsWith('mcc.demo.') && !/:\d+:\d+:\d+$/.test(event.key))) listener();
      }),
  };
}
