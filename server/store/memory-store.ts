import { deriveStatus } from '../../src/domain/account-status';
import { addToTotals, emptyTotals } from '../../src/domain/fleet-totals';
import { monitoredUsersOf } from '../../src/domain/freemium';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import {
  comparePageKeys,
  type AccountRecord,
  type AccountStore,
  type CreateResult,
  type Decision,
  type EndedQuery,
  type EndedResult,
  type FleetSummary,
  type HistoryEntry,
  type HistoryQuery,
  type HistoryResult,
  type ListQuery,
  type ListResult,
  type NewAccountRecord,
  type NewHistoryEntry,
  type Scope,
  type UpdateResult,
} from './account-record';
import { formatAccountNumber, parseAccountNumber } from './account-number';

export interface MemoryWrite {
  changed: AccountRecord[];
  deleted: string[];
  history: HistoryEntry[];
}

export interface MemoryStoreOptions {
  /** Called after every write with what it changed, so a wrapper can persist it. */
  onWrite?: (write: MemoryWrite) => void;
  /** Called when a day has been settled, so a wrapper can persist it. */
  onSettled?: (day: IsoDay) => void;
  /** The last day settled before this store was made (restoring). */
  settledThrough?: IsoDay | null;
}

/**
 * Every MSP's accounts in memory, kept in board order. A board page is one
 * pass over the fleet (a few milliseconds at 50,000 accounts), which keeps
 * the totals exact without a cache to invalidate. Nothing awaits between a
 * check and its write, so in one JavaScript thread no two changes interleave.
 */
export class MemoryStore implements AccountStore {
  private ordered: AccountRecord[] = [];
  private byNumber = new Map<string, AccountRecord>();
  private byEmail = new Map<string, string>();
  private entries: HistoryEntry[] = [];
  private lastNumber = 0;
  private lastHistoryId = 0;
  private settledDay: IsoDay | null = null;

  constructor(
    records: Iterable<AccountRecord> = [],
    private readonly options: MemoryStoreOptions = {},
  ) {
    this.load(records);
    this.settledDay = options.settledThrough ?? null;
  }

  /** Put records and history in as they are, without calling onWrite (seeding and restoring). */
  load(records: Iterable<AccountRecord>, history: Iterable<HistoryEntry> = []): void {
    // One sort for the batch: inserting 50,000 records one by one in order would move the array 50,000 times.
    const replaced = new Set<AccountRecord>();
    for (const record of records) {
      const previous = this.byNumber.get(record.accountNumber);
      if (previous) {
        replaced.add(previous);
        if (this.byEmail.get(previous.emailKey) === previous.accountNumber) this.byEmail.delete(previous.emailKey);
      }
      this.ordered.push(record);
      this.byNumber.set(record.accountNumber, record);
      this.byEmail.set(record.emailKey, record.accountNumber);
      this.lastNumber = Math.max(this.lastNumber, parseAccountNumber(record.accountNumber));
    }
    if (replaced.size > 0) this.ordered = this.ordered.filter((record) => !replaced.has(record));
    this.ordered.sort(comparePageKeys);
    for (const entry of history) {
      this.entries.push(entry);
      this.lastHistoryId = Math.max(this.lastHistoryId, Number(entry.id) || 0);
    }
    this.entries.sort((a, b) => (isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0));
  }

  /** Drop records as they are, without calling onWrite (restoring). */
  drop(accountNumbers: Iterable<string>): void {
    for (const accountNumber of accountNumbers) this.remove(accountNumber);
  }

  private put(record: AccountRecord): void {
    this.remove(record.accountNumber);
    this.ordered.splice(this.insertionIndex(record), 0, record);
    this.byNumber.set(record.accountNumber, record);
    this.byEmail.set(record.emailKey, record.accountNumber);
    this.lastNumber = Math.max(this.lastNumber, parseAccountNumber(record.accountNumber));
  }

  private remove(accountNumber: string): void {
    const previous = this.byNumber.get(accountNumber);
    if (!previous) return;
    const index = this.insertionIndex(previous);
    this.ordered.splice(this.ordered[index] === previous ? index : this.ordered.indexOf(previous), 1);
    this.byNumber.delete(accountNumber);
    if (this.byEmail.get(previous.emailKey) === accountNumber) this.byEmail.delete(previous.emailKey);
  }

  private insertionIndex(record: AccountRecord): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (comparePageKeys(this.ordered[mid]!, record) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private scoped(scope: Scope, accountNumber: string): AccountRecord | null {
    const record = this.byNumber.get(accountNumber);
    return record && record.mspId === scope.mspId ? record : null;
  }

  async list(scope: Scope, { status, today, limit, after }: ListQuery): Promise<ListResult> {
    const items: AccountRecord[] = [];
    let total = 0;
    let monitoredUsersTotal = 0;
    let hasMore = false;
    for (const record of this.ordered) {
      if (record.mspId !== scope.mspId || deriveStatus(record.plan, record.trialEndsAt, today) !== status) continue;
      total += 1;
      monitoredUsersTotal += monitoredUsersOf(status, record.monitoredUsers);
      if (after && comparePageKeys(record, after) <= 0) continue;
      if (items.length < limit) items.push(record);
      else hasMore = true;
    }
    const last = items.at(-1);
    return {
      items,
      next: hasMore && last ? { createdAt: last.createdAt, accountNumber: last.accountNumber } : null,
      total,
      monitoredUsersTotal,
    };
  }

  async listEnded(scope: Scope, { limit, after }: EndedQuery): Promise<EndedResult> {
    const key = (record: AccountRecord) => `${record.deleteAfter ?? ''}|${record.accountNumber}`;
    const ended = this.ordered
      .filter((record) => record.mspId === scope.mspId && (record.plan === 'cancelled' || record.plan === 'removed'))
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const start = after ? ended.findIndex((record) => key(record) > `${after.deleteAfter}|${after.accountNumber}`) : 0;
    const items = start < 0 ? [] : ended.slice(start, start + limit);
    const last = items.at(-1);
    const more = start >= 0 && start + limit < ended.length;
    return {
      items,
      next: more && last ? { deleteAfter: last.deleteAfter ?? '', accountNumber: last.accountNumber } : null,
      total: ended.length,
    };
  }

  async summary(scope: Scope, today: IsoDay): Promise<FleetSummary> {
    const totals = emptyTotals();
    for (const record of this.ordered) if (record.mspId === scope.mspId) addToTotals(totals, record, today);
    return totals;
  }

  async get(scope: Scope, accountNumber: string): Promise<AccountRecord | null> {
    return this.scoped(scope, accountNumber);
  }

  async create(account: NewAccountRecord, history: NewHistoryEntry): Promise<CreateResult> {
    if (this.byEmail.has(account.emailKey)) return { ok: false, reason: 'email-taken' };
    const record: AccountRecord = { ...account, accountNumber: formatAccountNumber(this.lastNumber + 1) };
    this.put(record);
    const entry = this.append(record, history);
    this.options.onWrite?.({ changed: [record], deleted: [], history: [entry] });
    return { ok: true, record };
  }

  async update<T>(
    scope: Scope,
    accountNumber: string,
    decide: (record: AccountRecord) => Decision<T>,
  ): Promise<UpdateResult<T>> {
    const current = this.scoped(scope, accountNumber);
    if (!current) return { ok: false, refusal: notFound(accountNumber) };
    const decision = decide(current);
    if (!decision.ok) return decision;
    const entries = decision.history.map((entry) => this.append(current, entry));
    if (decision.record === 'delete') {
      this.remove(accountNumber);
      this.options.onWrite?.({ changed: [], deleted: [accountNumber], history: entries });
      return { ok: true, record: null, result: decision.result };
    }
    const record = { ...decision.record, accountNumber, mspId: current.mspId, version: current.version + 1 };
    this.put(record);
    this.options.onWrite?.({ changed: [record], deleted: [], history: entries });
    return { ok: true, record, result: decision.result };
  }

  private append(record: AccountRecord, entry: NewHistoryEntry): HistoryEntry {
    this.lastHistoryId += 1;
    const stored: HistoryEntry = {
      ...entry,
      id: String(this.lastHistoryId),
      mspId: record.mspId,
      accountNumber: record.accountNumber,
    };
    // Kept in history order: a change time brought is dated by the day it took effect, which may be before
    // entries already here (a renewal due Dec 3 settled on Dec 6).
    let index = this.entries.length;
    while (index > 0 && isBefore(stored, this.entries[index - 1]!)) index -= 1;
    this.entries.splice(index, 0, stored);
    return stored;
  }

  async history(scope: Scope, { accountNumber, limit, after }: HistoryQuery): Promise<HistoryResult> {
    const items: HistoryEntry[] = [];
    let more = false;
    // Entries are kept in time order; newest first is a walk from the end.
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index]!;
      if (entry.mspId !== scope.mspId || (accountNumber && entry.accountNumber !== accountNumber)) continue;
      if (after && !isBefore(entry, after)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(entry);
    }
    const last = items.at(-1);
    return { items, next: more && last ? { at: last.at, id: last.id } : null };
  }

  async due(today: IsoDay): Promise<Array<{ mspId: string; accountNumber: string }>> {
    const ranOutYesterday = addDays(today, -1);
    return this.ordered
      .filter(
        (record) =>
          (record.plan === 'paid' && record.renewsOn !== null && record.renewsOn <= today) ||
          (record.deleteAfter !== null && record.deleteAfter <= today) ||
          (record.plan === 'trial' && record.trialEndsAt === ranOutYesterday),
      )
      .map(({ mspId, accountNumber }) => ({ mspId, accountNumber }));
  }

  async settledThrough(): Promise<IsoDay | null> {
    return this.settledDay;
  }

  async markSettled(day: IsoDay): Promise<void> {
    this.settledDay = day;
    this.options.onSettled?.(day);
  }

  /** Every record, in board order (for persistence and tests). */
  all(): readonly AccountRecord[] {
    return this.ordered;
  }
}

/** History order: newest first, the later id first within one instant. */
function isBefore(entry: { at: string; id: string }, key: { at: string; id: string }): boolean {
  if (entry.at !== key.at) return entry.at < key.at;
  return Number(entry.id) < Number(key.id);
}

export function notFound(accountNumber: string) {
  return { status: 404 as const, title: 'Account not found', detail: `There is no account ${accountNumber}.` };
}
