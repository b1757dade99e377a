import type { DemoStorage } from './demo-store';
import type { FromWorker } from './demo-worker-protocol';

/**
 * The demo store's storage inside the Worker: a copy of the demo's items in
 * localStorage, kept current by the page (which relays other tabs' `storage`
 * events), with every write sent to the page to make in localStorage. Reads
 * stay synchronous, as the store needs them.
 */
export class RelayedStorage implements DemoStorage {
  private values: Map<string, string>;
  private failed = false;
  private asked = 0;
  private waiting = new Map<number, (values: Array<string | null>) => void>();

  constructor(
    saved: Array<[string, string]>,
    private readonly send: (message: FromWorker) => void,
  ) {
    this.values = new Map(saved);
  }

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    // As localStorage does when full: the store then stops saving (see DemoStore.save).
    if (this.failed) throw new DOMException('The demo could not be saved in this browser', 'QuotaExceededError');
    this.values.set(key, value);
    this.send({ type: 'set', key, value });
  }

  removeItem(key: string): void {
    this.values.delete(key);
    this.send({ type: 'remove', key });
  }

  /** Another tab's save, relayed by the page. */
  stored(key: string, value: string | null): void {
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
  }

  replaceAll(saved: Array<[string, string]>): void {
    this.values = new Map(saved);
  }

  refused(): void {
    this.failed = true;
  }

  /**
   * The store's `exclusive`: one write at a time across tabs (`lock`, navigator.locks in the browser), on an
   * up-to-date copy, and the lock let go only once the write is in localStorage.
   */
  async exclusive<T>(
    recordKey: string,
    work: () => Promise<T>,
    lock: (locked: () => Promise<T>) => Promise<T> = (locked) => locked(),
  ): Promise<T> {
    return lock(async () => {
      await this.refresh(recordKey);
      try {
        return await work();
      } finally {
        await this.flush();
      }
    });
  }

  /** Once every write sent so far is in localStorage: the cross-tab lock is released only then. */
  flush(): Promise<void> {
    return this.ask({ type: 'flush', id: 0 }).then(() => undefined);
  }

  /**
   * Under the cross-tab lock, before the store reads: when the saved record
   * in localStorage is not the one this copy has (another tab's `storage`
   * event is still on its way), reads the record and all of its batches anew.
   */
  async refresh(recordKey: string): Promise<void> {
    const [record = null] = await this.read([recordKey]);
    if (record === (this.values.get(recordKey) ?? null)) return;
    let batches = 0;
    try {
      batches = record === null ? 0 : Number((JSON.parse(record) as { batches?: unknown }).batches) || 0;
    } catch {
      batches = 0;
    }
    const keys = Array.from({ length: batches }, (_, index) => `${recordKey}:${index}`);
    const values = await this.read(keys);
    keys.forEach((key, index) => this.stored(key, values[index] ?? null));
    this.stored(recordKey, record);
  }

  /** The page's answer to a `read` or `flush`. */
  answered(id: number, values: Array<string | null>): void {
    this.waiting.get(id)?.(values);
    this.waiting.delete(id);
  }

  private read(keys: string[]): Promise<Array<string | null>> {
    return this.ask({ type: 'read', id: 0, keys });
  }

  private ask(message: Extract<FromWorker, { type: 'read' | 'flush' }>): Promise<Array<string | null>> {
    this.asked += 1;
    const id = this.asked;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send({ ...message, id });
    });
  }
}
