import { deriveStatus } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';
import {
  comparePageKeys,
  type AccountRecord,
  type AccountStore,
  type CreateResult,
  type FleetSummary,
  type ListQuery,
  type ListResult,
  type NewAccountRecord,
} from './account-record';
import { formatAccountNumber, parseAccountNumber } from './account-number';

export interface MemoryStoreOptions {
  /** Called after every write with the records it changed, so a wrapper can persist them. */
  onWrite?: (changed: AccountRecord[]) => void;
}

/**
 * The whole fleet in memory, kept in board order. A board page is one pass
 * over the fleet (a few milliseconds at 50,000 accounts), which keeps the
 * totals exact without any cache to invalidate.
 */
export class MemoryStore implements AccountStore {
  private ordered: AccountRecord[] = [];
  private byNumber = new Map<string, AccountRecord>();
  private byEmail = new Map<string, string>();
  private lastNumber = 0;

  constructor(
    records: Iterable<AccountRecord> = [],
    private readonly options: MemoryStoreOptions = {},
  ) {
    this.load(records);
  }

  /** Replace or add records as they are, without calling onWrite (seeding and restoring). */
  load(records: Iterable<AccountRecord>): void {
    for (const record of records) this.put(record);
  }

  clear(): void {
    this.ordered = [];
    this.byNumber.clear();
    this.byEmail.clear();
    this.lastNumber = 0;
  }

  private put(record: AccountRecord): void {
    const previous = this.byNumber.get(record.accountNumber);
    if (previous) {
      this.ordered.splice(this.indexOf(previous), 1);
      this.byEmail.delete(previous.emailKey);
    }
    this.ordered.splice(this.insertionIndex(record), 0, record);
    this.byNumber.set(record.accountNumber, record);
    this.byEmail.set(record.emailKey, record.accountNumber);
    this.lastNumber = Math.max(this.lastNumber, parseAccountNumber(record.accountNumber));
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

  private indexOf(record: AccountRecord): number {
    const index = this.insertionIndex(record);
    return this.ordered[index] === record ? index : this.ordered.indexOf(record);
  }

  async list({ status, today, limit, after }: ListQuery): Promise<ListResult> {
    const items: AccountRecord[] = [];
    let total = 0;
    let monitoredUsersTotal = 0;
    let hasMore = false;
    for (const record of this.ordered) {
      if (deriveStatus(record.plan, record.trialEndsAt, today) !== status) continue;
      total += 1;
      monitoredUsersTotal += record.monitoredUsers;
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

  async summary(today: IsoDay): Promise<FleetSummary> {
    const counts = { paid: 0, trial: 0, expired: 0 };
    let activeUsers = 0;
    for (const record of this.ordered) {
      const status = deriveStatus(record.plan, record.trialEndsAt, today);
      counts[status] += 1;
      if (status === 'paid') activeUsers += record.monitoredUsers;
    }
    return { activeUsers, counts };
  }

  async get(accountNumber: string): Promise<AccountRecord | null> {
    return this.byNumber.get(accountNumber) ?? null;
  }

  async create(account: NewAccountRecord): Promise<CreateResult> {
    // Check and insert with no await between them: in one JavaScript thread
    // nothing can interleave, so two requests for one email cannot both win.
    if (this.byEmail.has(account.emailKey)) return { ok: false, reason: 'email-taken' };
    const record: AccountRecord = { ...account, accountNumber: formatAccountNumber(this.lastNumber + 1) };
    this.put(record);
    this.options.onWrite?.([record]);
    return { ok: true, record };
  }

  /** Every record, in board order (for persistence and tests). */
  all(): readonly AccountRecord[] {
    return this.ordered;
  }
}
