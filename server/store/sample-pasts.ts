import type { AccountRecord, HistoryEntry, NewHistoryEntry } from './account-record';

/** How a sample fleet's past is told (see mocks/account-past.ts). */
export interface SamplePast {
  /** The account's past, oldest first. */
  entriesOf(record: AccountRecord): NewHistoryEntry[];
  /** An instant no entry of the account's past is later than, known without replaying it. */
  latestOf(record: AccountRecord): string;
}

/** Ids of written pasts: above any id a store issues, stable for an account (its number's digits), 100 an account. */
const PAST_IDS = 5_000_000_000_000_000;
/** Accounts written at a time while a page has too few entries to bound what it needs. */
const CHUNK = 500;

/**
 * The past of the accounts a store was made with, not yet written into its
 * history. An account's own history writes its past; the fleet's Activity
 * writes only the accounts whose past can reach the page asked for, newest
 * first, so a first page at 50,000 accounts replays a few hundred of them.
 */
export class SamplePasts {
  private unwritten = new Map<string, AccountRecord>();
  /** Per MSP, its unwritten accounts by latestOf, latest first (made on the first fleet read). */
  private queues = new Map<string, Array<{ latest: string; record: AccountRecord }>>();

  constructor(
    private readonly past: SamplePast,
    records: readonly AccountRecord[],
  ) {
    for (const record of records) this.unwritten.set(record.accountNumber, record);
  }

  get done(): boolean {
    return this.unwritten.size === 0;
  }

  /** The account's past as history entries, once; empty if written already, or not this MSP's sample account. */
  takeAccount(mspId: string, accountNumber: string): HistoryEntry[] {
    const record = this.unwritten.get(accountNumber);
    return record && record.mspId === mspId ? this.write(record) : [];
  }

  /**
   * The next accounts an MSP's Activity page may need: every unwritten one
   * whose latest entry is at or after `bound` (the oldest entry the page could
   * show), or, with no bound yet, the next few by latest entry.
   */
  takeForPage(mspId: string, bound: string | null): HistoryEntry[] {
    const queue = this.queueOf(mspId);
    const taken: HistoryEntry[] = [];
    let count = 0;
    while (queue.length > 0) {
      const next = queue[queue.length - 1]!;
      if (bound === null ? count === CHUNK : next.latest < bound) break;
      queue.pop();
      if (!this.unwritten.has(next.record.accountNumber)) continue;
      taken.push(...this.write(next.record));
      count += 1;
    }
    return taken;
  }

  private queueOf(mspId: string) {
    let queue = this.queues.get(mspId);
    if (!queue) {
      queue = [...this.unwritten.values()]
        .filter((record) => record.mspId === mspId)
        .map((record) => ({ latest: this.past.latestOf(record), record }))
        // Latest last: taken from the end.
        .sort((a, b) => (a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : 0));
      this.queues.set(mspId, queue);
    }
    return queue;
  }

  private write(record: AccountRecord): HistoryEntry[] {
    this.unwritten.delete(record.accountNumber);
    const base = PAST_IDS + Number(record.accountNumber.replace(/\D/g, '')) * 100;
    return this.past
      .entriesOf(record)
      .slice(0, 100)
      .map((entry, index) => ({
        ...entry,
        id: String(base + index),
        mspId: record.mspId,
        accountNumber: record.accountNumber,
      }));
  }
}
