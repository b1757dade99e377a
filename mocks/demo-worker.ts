// The demo API in a Worker: growing a 50,000-account fleet, answering a board and settling a week of the demo clock
// all run here, off the page's main thread, so the page keeps drawing meanwhile (issue 9). mocks/demo-connection.ts
// starts it and forwards the requests the service worker catches (mocks/browser.ts).
import { createDemoApi, type DemoApi } from './demo-api';
import { demoStorageKey } from './demo-settings';
import type { FromWorker, ToWorker } from './demo-worker-protocol';
import { RelayedStorage } from './relayed-storage';
import { RequestGate } from './request-gate';
import { mark, measure } from './demo-phases';

mark('worker-evaluated');

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const send = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
let storage: RelayedStorage | null = null;
let api: DemoApi | null = null;
let answered = 0;
const requests = new RequestGate();

async function answer(message: Extract<ToWorker, { type: 'request' }>): Promise<void> {
  const asked = performance.now();
  let response: Response;
  try {
    if (!api) throw new Error('The demo was not started');
    const app = api.app;
    response = await requests.answer(async () =>
      app.fetch(new Request(message.url, { method: message.method, headers: message.headers, body: message.body })),
    );
  } catch (error) {
    console.error(error);
    response = Response.json(
      { type: 'about:blank', title: 'The demo could not answer', status: 500, detail: 'Reload the page to try again.' },
      { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }
  const body = response.body === null ? null : await response.arrayBuffer();
  send(
    {
      type: 'response',
      id: message.id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
    },
    body ? [body] : [],
  );
  // The first answers' times, for scripts/trace-demo-load.ts (a few: User Timing keeps every entry).
  answered += 1;
  if (answered <= 12) measure(`answer ${message.method} ${new URL(message.url).pathname}`, asked);
}

scope.addEventListener('message', ({ data: message }) => {
  switch (message.type) {
    case 'start': {
      mark('start-received');
      const relay = new RelayedStorage(message.saved, send);
      const recordKey = demoStorageKey(message.settings);
      storage = relay;
      // Grows the fleet now; the page's first requests wait in this Worker's queue meanwhile.
      // sessionStorage is per tab, and so is this Worker: its copy is the tab's, with writes made there too.
      const session = new Map(message.session);
      api = createDemoApi({
        settings: message.settings,
        viewAsStorage: {
          getItem: (key) => session.get(key) ?? null,
          setItem: (key, value) => {
            session.set(key, value);
            send({ type: 'session-set', key, value });
          },
        },
        clock: () => new Date(),
        storage: relay,
        exclusive: (work) =>
          relay.exclusive(recordKey, work, (locked) =>
            'locks' in navigator ? navigator.locks.request('mcc.demo.write', locked) : locked(),
          ),
      });
      // The fleet is grown before the page has its service worker and its first render: the day's settle (the
      // renewals due today, today's snapshot) is done meanwhile, so the first request finds it done.
      // Then the search is readied, so that the first keystroke does not fold 50,000 names: in slices, while no request
      // is being answered.
      const started = api;
      const settling = performance.now();
      started.settle().then(
        () => {
          measure('settle-today', settling);
          return started.store.prepareSearch(requests.quiet);
        },
        (error: unknown) => console.error('The demo could not settle today:', error),
      );
      return;
    }
    case 'request':
      void answer(message);
      return;
    case 'stored':
      storage?.stored(message.key, message.value);
      return;
    case 'cleared':
      storage?.replaceAll(message.saved);
      return;
    case 'read-result':
      storage?.answered(message.id, message.values);
      return;
    case 'flushed':
      storage?.answered(message.id, []);
      return;
    case 'storage-failed':
      storage?.refused();
      return;
  }
});
