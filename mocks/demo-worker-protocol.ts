import type { DemoSettings } from './demo-store';

/**
 * What the page and the demo's Worker say to each other. The Worker runs the
 * demo API (fleet, store, settler) off the page's main thread; the page owns
 * what a Worker cannot reach: the service worker that catches `fetch`,
 * localStorage and its cross-tab `storage` events.
 */
export type ToWorker =
  /** First message: which demo, and this demo's saved items as they are now. */
  | {
      type: 'start';
      settings: DemoSettings;
      saved: Array<[string, string]>;
      /** This tab's own demo items in sessionStorage ("View as"). */
      session: Array<[string, string]>;
    }
  | {
      type: 'request';
      id: number;
      method: string;
      url: string;
      headers: Array<[string, string]>;
      body: ArrayBuffer | null;
    }
  /** Another tab saved (or removed) one of this demo's items. */
  | { type: 'stored'; key: string; value: string | null }
  /** Another tab cleared localStorage altogether: here is what is left of this demo's items. */
  | { type: 'cleared'; saved: Array<[string, string]> }
  | { type: 'read-result'; id: number; values: Array<string | null> }
  | { type: 'flushed'; id: number }
  /** localStorage refused a write (full, or disabled): nothing more is saved, so the saved copy stays whole. */
  | { type: 'storage-failed' };

export type FromWorker =
  | {
      type: 'response';
      id: number;
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      body: ArrayBuffer | null;
    }
  | { type: 'set'; key: string; value: string }
  /** An item of this tab's sessionStorage ("View as" is one choice per tab). */
  | { type: 'session-set'; key: string; value: string }
  | { type: 'remove'; key: string }
  /** Reads items from localStorage itself (under the cross-tab lock, where a `storage` event may still be on its way). */
  | { type: 'read'; id: number; keys: string[] }
  /** Answered once every earlier set and remove is in localStorage. */
  | { type: 'flush'; id: number };
