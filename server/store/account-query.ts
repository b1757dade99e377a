import type { AccountSort } from '../../src/api/contract';
import { foldSearchText, accountSearchText, matchesSearch } from '../../src/domain/search-text';
import type { AccountRecord, ListFilters, SortKey } from './account-record';

/*
 * The list's filters and sorts over records in memory. The SQL store says the
 * same in SQL (server/sql/account-list-sql.ts); the shared contract suite
 * holds both to one behaviour.
 */

// Records are replaced, never mutated, on every change, so a folded text cached per object never goes stale.
const searchTexts = new WeakMap<AccountRecord, string>();
const nameKeys = new WeakMap<AccountRecord, string>();

export function searchTextOf(record: AccountRecord): string {
  let text = searchTexts.get(record);
  if (text === undefined) searchTexts.set(record, (text = accountSearchText(record)));
  return text;
}

/** The name as the name sort compares it: folded, so "École" sorts with "ecole". */
export function nameKeyOf(record: AccountRecord): string {
  let key = nameKeys.get(record);
  if (key === undefined) nameKeys.set(record, (key = foldSearchText(record.organizationName)));
  return key;
}

/** Seats the next period bills (what the next charge is made of): none once cancelling. */
function nextPeriodSeats(record: AccountRecord): number {
  return record.cancelsOn === null ? (record.pendingSeats ?? record.seats ?? 0) : 0;
}

export interface SortDefinition {
  direction: 'asc' | 'desc';
  kind: 'instant' | 'text' | 'count' | 'day';
  valueOf: (record: AccountRecord) => string | number;
}

export const sortDefinitions: Record<AccountSort, SortDefinition> = {
  newest: { direction: 'desc', kind: 'instant', valueOf: (record) => record.createdAt },
  name: { direction: 'asc', kind: 'text', valueOf: nameKeyOf },
  users: { direction: 'desc', kind: 'count', valueOf: (record) => record.monitoredUsers },
  // Only offered on Active Trials, whose accounts all have an end day.
  trialEnd: { direction: 'asc', kind: 'day', valueOf: (record) => record.trialEndsAt ?? '' },
  seats: { direction: 'desc', kind: 'count', valueOf: (record) => record.seats ?? 0 },
  nextCharge: { direction: 'desc', kind: 'count', valueOf: nextPeriodSeats },
};

export function sortKeyOf(sort: AccountSort, record: AccountRecord): SortKey {
  return { value: sortDefinitions[sort].valueOf(record), accountNumber: record.accountNumber };
}

/** Negative when `a` comes first under the sort. */
export function compareSortKeys(sort: AccountSort, a: SortKey, b: SortKey): number {
  const order =
    a.value < b.value
      ? -1
      : a.value > b.value
        ? 1
        : a.accountNumber < b.accountNumber
          ? -1
          : a.accountNumber > b.accountNumber
            ? 1
            : 0;
  return sortDefinitions[sort].direction === 'asc' ? order : -order;
}

export function hasFilters(filters: ListFilters): boolean {
  return Object.entries(filters).some(([name, value]) =>
    name === 'words' ? (value as readonly string[]).length > 0 : value !== undefined && value !== false,
  );
}

export function passesFilters(record: AccountRecord, filters: ListFilters): boolean {
  const created = record.createdAt.slice(0, 10);
  return (
    (filters.trialEndsBy === undefined || (record.trialEndsAt !== null && record.trialEndsAt <= filters.trialEndsBy)) &&
    (!filters.overSeats || record.monitoredUsers > (record.seats ?? 0)) &&
    (!filters.pendingDecrease || record.pendingSeats !== null) &&
    (!filters.cancelling || record.cancelsOn !== null) &&
    (filters.createdFrom === undefined || created >= filters.createdFrom) &&
    (filters.createdTo === undefined || created <= filters.createdTo) &&
    (filters.usersMin === undefined || record.monitoredUsers >= filters.usersMin) &&
    (filters.usersMax === undefined || record.monitoredUsers <= filters.usersMax) &&
    (filters.words.length === 0 || matchesSearch(searchTextOf(record), filters.words))
  );
}

/**
 * The first `count` items in order, from an unordered stream, keeping only
 * `count` at a time: a page of 60 from 15,000 matches without sorting them all.
 */
export class FirstInOrder<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly count: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const items = this.items;
    if (items.length === this.count && this.compare(item, items[items.length - 1]!) >= 0) return;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(items[mid]!, item) <= 0) low = mid + 1;
      else high = mid;
    }
    items.splice(low, 0, item);
    if (items.length > this.count) items.pop();
  }

  result(): T[] {
    return this.items;
  }
}
