import { monthsAfter } from '../../src/domain/billing-period';
import type { IsoDay } from '../../src/domain/calendar';
import type { AccountRecord, HistoryEntry, HistoryFilters, HistoryTotals, NewHistoryEntry } from './account-record';
import { historyFilter, historyRange } from './history-filters';

/**
 * A paid account's run of plain monthly renewals, as settle() records them: one entry for each period start
 * monthsAfter(anchor, k), k from `from` to `to`, each charging `chargeCents`, by `actor`, at midnight UTC.
 */
export interface RenewalRun {
  anchor: IsoDay;
  from: number;
  to: number;
  chargeCents: number;
  actor: string;
}

/** An account's past with its plain renewals as runs: the same entries, told in short. */
export interface PastInShort {
  entries: NewHistoryEntry[];
  renewals: RenewalRun[];
}

/** How a sample fleet's past is told (see mocks/account-past.ts). */
export interface SamplePast {
  /** The account's past, oldest first. */
  entriesOf(record: AccountRecord): NewHistoryEntry[];
  /** An instant no entry of the account's past is later than, known without replaying it. */
  latestOf(record: AccountRecord): string;
  /** The same past in short, for totals that need not write it (Activity's count and amount charged). */
  inShortOf?(record: AccountRecord): PastInShort;
}

/** How many of a run's renewals fall in [startsAt, endsBefore): the run's dates only grow, so from each end. */
function renewalsWithin(run: RenewalRun, startsAt: string | undefined, endsBefore: string | undefined): number {
  const at = (k: number) => `${monthsAfter(run.anchor, k)}T00:00:00.000Z`;
  let first = run.from;
  while (first <= run.to && startsAt !== undefined && at(first) < startsAt) first += 1;
  let last = run.to;
  while (last >= first && endsBefore !== undefined && at(last) >= endsBefore) last -= 1;
  return Math.max(0, last - first + 1);
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
  /** The records the store was made with, until the first read of a past indexes them (`unwritten`). */
  private seeded: readonly AccountRecord[] | null;
  private index: Map<string, AccountRecord> | null = null;
  /** Per MSP, its unwritten accounts by latestOf, latest first (made on the first fleet read). */
  private queues = new Map<string, Array<{ latest: string; record: AccountRecord }>>();

  constructor(
    private readonly past: SamplePast,
    records: readonly AccountRecord[],
  ) {
    this.seeded = records;
  }

  /**
   * Unwritten pasts by account number: indexed on the first read of a past, not when the store is made, so a demo
   * of 50,000 accounts answers its first board without a Map of 50,000 (issue 9).
   */
  private get unwritten(): Map<string, AccountRecord> {
    if (!this.index) {
      this.index = new Map();
      for (const record of this.seeded ?? []) this.index.set(record.accountNumber, record);
      this.seeded = null;
    }
    return this.index;
  }

  get done(): boolean {
    return this.index ? this.index.size === 0 : (this.seeded?.length ?? 0) === 0;
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

  /** Whether totals() can count the unwritten pasts without writing them. */
  get countsInShort(): boolean {
    return this.past.inShortOf !== undefined;
  }

  /**
   * Activity's totals over an MSP's pasts not yet written, `visible` saying which accounts the caller sees:
   * from each past in short (made once an account), so a fleet of 50,000 is counted without writing the
   * 750,000 entries its pasts hold. A store adds its written history's totals to these.
   */
  totals(mspId: string, filters: HistoryFilters, visible: (accountNumber: string) => boolean): HistoryTotals {
    const totals: HistoryTotals = { entries: 0, chargedCents: 0 };
    const passes = historyFilter(filters);
    const { startsAt, endsBefore } = historyRange(filters);
    const actor = filters.actor?.toLowerCase();
    for (const record of this.unwritten.values()) {
      if (record.mspId !== mspId || !visible(record.accountNumber)) continue;
      if (filters.accountNumber !== undefined && record.accountNumber !== filters.accountNumber) continue;
      const { entries, renewals } = this.inShort(record);
      for (const entry of entries) {
        if (!passes({ ...entry, id: '', mspId, accountNumber: record.accountNumber })) continue;
        totals.entries += 1;
        totals.chargedCents += entry.chargeCents ?? 0;
      }
      if (filters.action !== undefined && filters.action !== 'renewed') continue;
      for (const run of renewals) {
        if (actor !== undefined && run.actor.toLowerCase() !== actor) continue;
        const count = renewalsWithin(run, startsAt, endsBefore);
        totals.entries += count;
        totals.chargedCents += count * run.chargeCents;
      }
    }
    return totals;
  }

  private shortPasts = new Map<string, PastInShort>();

  private inShort(record: AccountRecord): PastInShort {
    let short = this.shortPasts.get(record.accountNumber);
    if (!short) {
      short = this.past.inShortOf!(record);
      this.shortPasts.set(record.accountNumber, short);
    }
    return short;
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
    this.shortPasts.delete(record.accountNumber);
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
