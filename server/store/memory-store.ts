import { addToTotals, emptyTotals } from '../../src/domain/fleet-totals';
import { monitoredUsersOf } from '../../src/domain/freemium';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import {
  comparePageKeys,
  type AccountRecord,
  type AccountStore,
  type AlertState,
  type CreateResult,
  type Decision,
  type EndedQuery,
  type EndedResult,
  type FleetInsights,
  type FleetSnapshot,
  type FleetSummary,
  type HistoryEntry,
  type HistoryFilters,
  type HistoryQuery,
  type HistoryResult,
  type HistoryTotals,
  type InsightsQuery,
  type ListQuery,
  type ListPage,
  type ListResult,
  type NewAccountRecord,
  type NewHistoryEntry,
  type Scope,
  type StaffSummary,
  type AssignResult,
  type UpdateResult,
  visibilityOf,
} from './account-record';
import { ACCOUNT_NUMBER_ATTEMPTS, randomAccountNumber } from './account-number';
import { organizationNameKey } from '../../src/domain/organization-name';
import { fleetInsightsOf } from './memory-insights';
import { SamplePasts, type SamplePast } from './sample-pasts';
import { historyFilter } from './history-filters';
import { attentionCounts, type AttentionCounts } from '../../src/domain/attention';
import { compareSortKeys, FirstInOrder, hasFilters, passesFilters, searchTextOf, sortKeyOf } from './account-query';
import { BoardIndex } from './board-index';
import { boardStatuses } from '../../src/domain/account-status';
import { matchesSearch } from '../../src/domain/search-text';
import { MemoryTeams, type TeamEvent } from './memory-teams';
import type { TeamRecords } from './team-records';
import type { MemoryTeamState } from '../app/team-store';

/**
 * At most about 4 ms of folding at a time: short enough not to hold up a request that arrives meanwhile. Timed, not
 * counted: 2,000 records were 5 ms on an idle machine but 20 to 100 ms in a Worker just started (code not yet
 * optimized, collections of a heap just grown), and held the 50,000-account demo's first board back (issue 9).
 */
const SEARCH_PREPARE_SLICE_MS = 4;
/** Records folded between two looks at the clock. */
const SEARCH_PREPARE_CHECK = 64;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface MemoryWrite {
  changed: AccountRecord[];
  deleted: string[];
  history: HistoryEntry[];
  /** Assignments made (assigned) or taken away, in order; missing in batches saved before roles. */
  assignments?: AssignmentChange[];
  /** Staff members' alert states as saved (absent in batches saved before alerts existed). */
  alertStates?: StoredAlertState[];
  /** Changes to teams, in order (absent in batches saved before teams existed). */
  teams?: TeamEvent[];
  /**
   * The Team page's staff and invites after the write, whole (the demo's; see mocks/demo-store.ts). The memory
   * store itself neither writes nor reads it.
   */
  teamPage?: MemoryTeamState;
}

export type StoredAlertState = AlertState & { mspId: string };

/** Staff emails are compared as typed at sign-in: case aside. */
function alertKey(scope: Pick<Scope, 'mspId'>, staffEmail: string): string {
  return `${scope.mspId}\u0000${staffEmail.toLowerCase()}`;
}

export interface AssignmentChange {
  mspId: string;
  staffId: string;
  accountNumber: string;
  assigned: boolean;
}

/** A staff member the memory store knows (the demo's, or a test's). */
export interface MemoryStaff extends StaffSummary {
  mspId: string;
}

export interface MemoryStoreOptions {
  /** Called after every write with what it changed, so a wrapper can persist it. */
  onWrite?: (write: MemoryWrite) => void;
  /** Where new account numbers come from (random by default; tests give a fixed series). */
  accountNumberCandidate?: () => string;
  /** Called when a day has been settled, so a wrapper can persist it. */
  onSettled?: (day: IsoDay) => void;
  /** The last day settled before this store was made (restoring). */
  settledThrough?: IsoDay | null;
  /**
   * The past of the accounts this store is made with (a sample fleet). Written
   * lazily, when an account's history or an Activity page first needs it, so
   * a 50,000-account demo starts no slower; never passed to onWrite, since
   * the same fleet always has the same past.
   */
  past?: SamplePast;
  /** The staff members accounts can be assigned to. */
  staff?: readonly MemoryStaff[];
  /**
   * The records come in board order already (newest first, the number breaking ties), as a sample fleet grown in
   * order does: they are not sorted again. Sorting 50,000 in order costs little in comparisons, but each compares
   * instants the generator just built, and is most of the store's start-up (issue 9); mocks/demo-store.test.ts
   * checks that the demo's fleet is in that order.
   */
  inBoardOrder?: boolean;
}

/**
 * Every MSP's accounts in memory, kept in board order. A board page is one
 * pass over the board's own records (BoardIndex: the fleet split by MSP and
 * status for the day, made again after any change of the records), which
 * keeps the totals exact. Nothing awaits between a check and its write, so in
 * one JavaScript thread no two changes interleave.
 */
export class MemoryStore implements AccountStore {
  private ordered: AccountRecord[] = [];
  /** Cleared wherever `ordered` changes: insert, put and remove. */
  private readonly boards = new BoardIndex(() => this.ordered);
  private byNumber = new Map<string, AccountRecord>();
  /**
   * emailKey → account number, made on the first write that needs it (a create) rather than with the store: a
   * 50,000-account demo answers its first board without it (issue 9), and the index costs a Map of 50,000 then.
   */
  private emailIndex: Map<string, string> | null = null;
  private entries: HistoryEntry[] = [];
  /**
   * Numbers no longer held (deleted accounts', or issued before this store was made): with the held ones (byNumber),
   * every number this store has issued, none of which is issued twice. Not a third copy of the held numbers.
   */
  private retired = new Set<string>();
  private lastHistoryId = 0;
  /** Per MSP, its snapshots by day. */
  private snapshots = new Map<string, Map<IsoDay, FleetSnapshot>>();
  private settledDay: IsoDay | null = null;
  private pasts: SamplePasts | null = null;
  private alerts = new Map<string, StoredAlertState>();
  private staffById = new Map<string, MemoryStaff>();
  /** `mspId|staffId` → the account numbers assigned to that staff member. */
  private assignedTo = new Map<string, Set<string>>();
  private readonly teamsKept = new MemoryTeams({
    staff: (scope) => this.staff(scope),
    sees: (scope, accountNumber) => this.scoped(scope, accountNumber) !== null,
    exists: (accountNumber) => this.byNumber.has(accountNumber),
    saved: (teams) => this.options.onWrite?.({ changed: [], deleted: [], history: [], teams }),
  });

  constructor(
    records: Iterable<AccountRecord> = [],
    private readonly options: MemoryStoreOptions = {},
  ) {
    const seeded = [...records];
    this.insert(seeded, [], options.inBoardOrder ?? false);
    this.settledDay = options.settledThrough ?? null;
    if (options.past) this.pasts = new SamplePasts(options.past, seeded);
    for (const member of options.staff ?? []) this.addStaff(member);
  }

  /** Writes what a history read needs of the sample fleet's past into `entries` first. */
  private writePasts(scope: Scope, { limit, after, ...filters }: HistoryQuery): void {
    const pasts = this.pasts;
    if (!pasts || pasts.done) return;
    if (filters.accountNumber) {
      this.merge(pasts.takeAccount(scope.mspId, filters.accountNumber));
      return;
    }
    // Until no unwritten account can reach the page: its oldest possible entry bounds which accounts it needs.
    const passes = historyFilter(filters);
    for (;;) {
      const taken = pasts.takeForPage(scope.mspId, this.pageBound(scope, after, limit, passes));
      if (taken.length === 0) return;
      this.merge(taken);
    }
  }

  /** The time of the entry just past a full page of this MSP's Activity, or null while the page is not full. */
  private pageBound(
    scope: Scope,
    after: HistoryQuery['after'],
    limit: number,
    passes: (entry: HistoryEntry) => boolean,
  ): string | null {
    let seen = 0;
    const limited = visibilityOf(scope) !== 'all';
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index]!;
      if (entry.mspId !== scope.mspId || (after && !isBefore(entry, after)) || !passes(entry)) continue;
      if (limited && !this.scoped(scope, entry.accountNumber)) continue;
      seen += 1;
      if (seen > limit) return entry.at;
    }
    return null;
  }

  /** Merges entries into the history, kept in time order, in one pass. */
  private merge(added: HistoryEntry[]): void {
    if (added.length === 0) return;
    added.sort(compareEntries);
    const merged = new Array<HistoryEntry>(this.entries.length + added.length);
    let a = 0;
    let b = 0;
    for (let index = 0; index < merged.length; index += 1)
      merged[index] =
        b >= added.length || (a < this.entries.length && compareEntries(this.entries[a]!, added[b]!) <= 0)
          ? this.entries[a++]!
          : added[b++]!;
    this.entries = merged;
  }

  /** A staff member accounts can be assigned to (seeding and tests). */
  addStaff(member: MemoryStaff): void {
    this.staffById.set(member.id, member);
  }

  /** Put assignments in as they are, without calling onWrite (seeding and restoring). */
  loadAssignments(changes: Iterable<AssignmentChange>): void {
    for (const { mspId, staffId, accountNumber, assigned } of changes) {
      const key = `${mspId}|${staffId}`;
      let numbers = this.assignedTo.get(key);
      if (!numbers) this.assignedTo.set(key, (numbers = new Set()));
      if (assigned) numbers.add(accountNumber);
      else numbers.delete(accountNumber);
    }
  }

  /** Whether the scope sees the record: its MSP's, and within what the role sees. */
  private sees(scope: Scope, record: AccountRecord): boolean {
    if (record.mspId !== scope.mspId) return false;
    switch (visibilityOf(scope)) {
      case 'all':
        return true;
      case 'trials-and-converted':
        return record.plan === 'trial' || (record.convertedBy != null && record.convertedBy === scope.staffId);
      case 'assigned':
        return (
          (this.assignedTo.get(`${scope.mspId}|${scope.staffId ?? ''}`)?.has(record.accountNumber) ?? false) ||
          (scope.staffId !== undefined && this.teamsKept.reaches(scope.mspId, scope.staffId, record.accountNumber))
        );
    }
  }

  /** Put records and history in as they are, without calling onWrite (seeding and restoring). */
  load(records: Iterable<AccountRecord>, history: Iterable<HistoryEntry> = []): void {
    this.insert(records, history, false);
  }

  private insert(records: Iterable<AccountRecord>, history: Iterable<HistoryEntry>, inBoardOrder: boolean): void {
    this.boards.clear();
    // One sort for the batch: inserting 50,000 records one by one in order would move the array 50,000 times.
    const replaced = new Set<AccountRecord>();
    let added = 0;
    for (const record of records) {
      added += 1;
      const previous = this.byNumber.get(record.accountNumber);
      if (previous) {
        replaced.add(previous);
        this.unindexEmail(previous);
      }
      this.ordered.push(record);
      this.byNumber.set(record.accountNumber, record);
      this.emailIndex?.set(record.emailKey, record.accountNumber);
    }
    if (replaced.size > 0) this.ordered = this.ordered.filter((record) => !replaced.has(record));
    // Nothing loaded, nothing to sort: the demo restores its saved changes with a load that is often empty, over a
    // fleet of 50,000 in order already.
    if (added > 0 && !inBoardOrder) this.ordered.sort(comparePageKeys);
    const entries = this.entries.length;
    for (const entry of history) {
      this.entries.push(entry);
      this.lastHistoryId = Math.max(this.lastHistoryId, Number(entry.id) || 0);
    }
    if (this.entries.length > entries) this.entries.sort((a, b) => (isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0));
  }

  /** Replay a write another copy made (another tab), record by record, without calling onWrite. */
  apply(write: MemoryWrite): void {
    for (const accountNumber of write.deleted) this.remove(accountNumber);
    for (const record of write.changed) this.put(record);
    this.loadAssignments(write.assignments ?? []);
    for (const entry of write.history) {
      this.entries.push(entry);
      this.lastHistoryId = Math.max(this.lastHistoryId, Number(entry.id) || 0);
    }
    this.loadAlertStates(write.alertStates ?? []);
    this.loadTeams(write.teams ?? []);
  }

  /** Put team changes in as they are, without calling onWrite (restoring). */
  loadTeams(events: Iterable<TeamEvent>): void {
    this.teamsKept.load(events);
  }

  /** Put alert states in as they are, without calling onWrite (restoring). */
  loadAlertStates(states: Iterable<StoredAlertState>): void {
    for (const state of states) this.alerts.set(alertKey(state, state.staffEmail), state);
  }

  /** Drop records as they are, without calling onWrite (restoring). */
  drop(accountNumbers: Iterable<string>): void {
    for (const accountNumber of accountNumbers) this.remove(accountNumber);
  }

  private put(record: AccountRecord): void {
    this.boards.clear();
    const previous = this.byNumber.get(record.accountNumber);
    const index = previous ? this.insertionIndex(previous) : -1;
    if (previous && this.ordered[index] === previous && previous.emailKey === record.emailKey) {
      // Same place in board order (created-at and number never change): replace in place rather than
      // moving the whole array twice, which the demo clock does for every renewal.
      if (comparePageKeys(previous, record) === 0) {
        this.ordered[index] = record;
        this.byNumber.set(record.accountNumber, record);
        return;
      }
    }
    this.remove(record.accountNumber);
    this.ordered.splice(this.insertionIndex(record), 0, record);
    this.byNumber.set(record.accountNumber, record);
    this.emailIndex?.set(record.emailKey, record.accountNumber);
  }

  /** Numbers issued before (kept by a wrapper that persists the store), so that they are never issued again. */
  rememberIssued(accountNumbers: Iterable<string>): void {
    for (const accountNumber of accountNumbers) if (!this.byNumber.has(accountNumber)) this.retired.add(accountNumber);
  }

  /** Every number ever issued by this store, for a wrapper to persist. */
  issuedNumbers(): ReadonlySet<string> {
    return new Set([...this.byNumber.keys(), ...this.retired]);
  }

  private isIssued(accountNumber: string): boolean {
    return this.byNumber.has(accountNumber) || this.retired.has(accountNumber);
  }

  private emailTaken(emailKey: string): boolean {
    if (!this.emailIndex) {
      this.emailIndex = new Map();
      for (const record of this.ordered) this.emailIndex.set(record.emailKey, record.accountNumber);
    }
    return this.emailIndex.has(emailKey);
  }

  private unindexEmail(record: AccountRecord): void {
    if (this.emailIndex?.get(record.emailKey) === record.accountNumber) this.emailIndex.delete(record.emailKey);
  }

  private newAccountNumber(): string {
    const candidate = this.options.accountNumberCandidate ?? randomAccountNumber;
    for (let attempt = 0; attempt < ACCOUNT_NUMBER_ATTEMPTS; attempt += 1) {
      const accountNumber = candidate();
      if (!this.isIssued(accountNumber)) return accountNumber;
    }
    throw new Error('No free account number found');
  }

  private remove(accountNumber: string): void {
    const previous = this.byNumber.get(accountNumber);
    if (!previous) return;
    this.boards.clear();
    const index = this.insertionIndex(previous);
    this.ordered.splice(this.ordered[index] === previous ? index : this.ordered.indexOf(previous), 1);
    this.byNumber.delete(accountNumber);
    this.retired.add(accountNumber);
    this.unindexEmail(previous);
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
    return record && this.sees(scope, record) ? record : null;
  }

  /**
   * Folds every record's search text ahead of the first search, which at 50,000 accounts would otherwise fold
   * them all while the person who typed waits. A slice at a time, each after `pause` (by default the next task), so
   * that requests are answered meanwhile. Records changed later are folded when first searched (the cache is per
   * record object). Then `today`'s boards are made with their texts, which the first search would otherwise make,
   * each after a pause too.
   */
  async prepareSearch(today?: IsoDay, pause: () => Promise<void> = nextTask): Promise<void> {
    const records = [...this.ordered];
    let index = 0;
    while (index < records.length) {
      await pause();
      const until = performance.now() + SEARCH_PREPARE_SLICE_MS;
      do {
        const end = Math.min(index + SEARCH_PREPARE_CHECK, records.length);
        for (; index < end; index += 1) searchTextOf(records[index]!);
      } while (index < records.length && performance.now() < until);
    }
    if (today === undefined) return;
    for (const mspId of new Set(this.ordered.map((record) => record.mspId)))
      for (const status of boardStatuses) {
        await pause();
        this.boards.searchTexts(this.boards.board(mspId, status, today));
      }
  }

  async list(scope: Scope, { status, today, limit, sort, filters, after }: ListQuery): Promise<ListResult> {
    const compare = (a: AccountRecord, b: AccountRecord) =>
      compareSortKeys(sort, sortKeyOf(sort, a), sortKeyOf(sort, b));
    const page = new FirstInOrder<AccountRecord>(limit + 1, compare);
    const board = this.boards.board(scope.mspId, status, today);
    const { records } = board;
    // The board is the MSP's already: a role that sees all of it needs no check a record.
    const everyone = visibilityOf(scope) === 'all';
    const { words } = filters;
    const texts = words.length > 0 ? this.boards.searchTexts(board) : null;
    const others = { ...filters, words: [] };
    const filtered = hasFilters(others);
    let boardTotal = 0;
    let total = 0;
    let monitoredUsersTotal = 0;
    for (let index = 0; index < records.length; index += 1) {
      const record = records[index]!;
      if (!everyone && !this.sees(scope, record)) continue;
      boardTotal += 1;
      if (texts && !matchesSearch(texts[index]!, words)) continue;
      if (filtered && !passesFilters(record, others)) continue;
      total += 1;
      monitoredUsersTotal += monitoredUsersOf(status, record.monitoredUsers);
      if (after && compareSortKeys(sort, sortKeyOf(sort, record), after) <= 0) continue;
      page.offer(record);
    }
    const rows = page.result();
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      next: rows.length > limit && last ? sortKeyOf(sort, last) : null,
      total,
      monitoredUsersTotal,
      boardTotal,
    };
  }

  /** In memory a page is one pass whether or not it counts: the same pass as list(). */
  async page(scope: Scope, query: ListQuery): Promise<ListPage> {
    const { items, next } = await this.list(scope, query);
    return { items, next };
  }

  async listEnded(scope: Scope, { limit, after }: EndedQuery): Promise<EndedResult> {
    const key = (record: AccountRecord) => `${record.deleteAfter ?? ''}|${record.accountNumber}`;
    const ended = this.ordered
      .filter((record) => (record.plan === 'cancelled' || record.plan === 'removed') && this.sees(scope, record))
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
    for (const record of this.ordered) if (this.sees(scope, record)) addToTotals(totals, record, today);
    return totals;
  }

  async get(scope: Scope, accountNumber: string): Promise<AccountRecord | null> {
    return this.scoped(scope, accountNumber);
  }

  async withOrganizationName(scope: Scope, nameKey: string, limit: number): Promise<AccountRecord[]> {
    const found: AccountRecord[] = [];
    for (const record of this.ordered) {
      if (found.length === limit) break;
      if (this.sees(scope, record) && organizationNameKey(record.organizationName) === nameKey) found.push(record);
    }
    return found;
  }

  async create(account: NewAccountRecord, history: NewHistoryEntry): Promise<CreateResult> {
    if (this.emailTaken(account.emailKey)) return { ok: false, reason: 'email-taken' };
    const record: AccountRecord = { ...account, accountNumber: this.newAccountNumber() };
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

  async history(scope: Scope, { limit, after, ...filters }: HistoryQuery): Promise<HistoryResult> {
    this.writePasts(scope, { limit, after, ...filters });
    const items: HistoryEntry[] = [];
    let more = false;
    const passes = historyFilter(filters);
    const limited = visibilityOf(scope) !== 'all';
    // Entries are kept in time order; newest first is a walk from the end.
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index]!;
      if (entry.mspId !== scope.mspId || !passes(entry)) continue;
      // A limited role reads the history of the accounts it sees now (a deleted account's is nobody's to read).
      if (limited && !this.scoped(scope, entry.accountNumber)) continue;
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

  async historyTotals(scope: Scope, filters: HistoryFilters): Promise<HistoryTotals> {
    // Totals are over every entry. One account's past is written (it is short); the fleet's unwritten pasts are
    // counted in short when the sample past can tell them so, else written first.
    const passes = historyFilter(filters);
    const limited = visibilityOf(scope) !== 'all';
    const totals: HistoryTotals = { entries: 0, chargedCents: 0 };
    const pasts = this.pasts;
    if (pasts && !pasts.done) {
      if (filters.accountNumber) this.merge(pasts.takeAccount(scope.mspId, filters.accountNumber));
      else if (pasts.countsInShort)
        Object.assign(
          totals,
          pasts.totals(scope.mspId, filters, (accountNumber) => !limited || this.scoped(scope, accountNumber) !== null),
        );
      else this.merge(pasts.takeForPage(scope.mspId, ''));
    }
    for (const entry of this.entries) {
      if (entry.mspId !== scope.mspId || !passes(entry)) continue;
      if (limited && !this.scoped(scope, entry.accountNumber)) continue;
      totals.entries += 1;
      totals.chargedCents += entry.chargeCents ?? 0;
    }
    return totals;
  }

  async attention(scope: Scope, today: IsoDay): Promise<AttentionCounts> {
    return attentionCounts(
      this.ordered.filter((record) => this.sees(scope, record)),
      today,
    );
  }

  async alertState(scope: Scope, staffEmail: string): Promise<AlertState> {
    return this.alerts.get(alertKey(scope, staffEmail)) ?? { staffEmail, digest: false, lastReadAt: null };
  }

  async saveAlertState(scope: Scope, state: AlertState): Promise<void> {
    const saved: StoredAlertState = { ...state, mspId: scope.mspId };
    this.alerts.set(alertKey(scope, state.staffEmail), saved);
    this.options.onWrite?.({ changed: [], deleted: [], history: [], alertStates: [saved] });
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

  async mspsWithoutSnapshot(day: IsoDay): Promise<string[]> {
    const msps = new Set<string>();
    for (const record of this.ordered) msps.add(record.mspId);
    return [...msps].filter((mspId) => !this.snapshots.get(mspId)?.has(day));
  }

  async recordSnapshot(scope: Scope, day: IsoDay, pricePerSeatCents: number): Promise<void> {
    if (this.snapshots.get(scope.mspId)?.has(day)) return;
    const summary = await this.summary(scope, day);
    let seats = 0;
    for (const record of this.ordered)
      if (record.mspId === scope.mspId && record.plan === 'paid') seats += record.seats ?? 0;
    this.loadSnapshots(scope, [
      {
        day,
        activeUsers: summary.activeUsers,
        paidAccounts: summary.counts.paid,
        seats,
        mrrCents: summary.nextPeriodSeats * pricePerSeatCents,
        trialsActive: summary.counts.trial,
        trialsExpired: summary.counts.expired,
        overSeats: summary.overSeats,
      },
    ]);
  }

  /** Put snapshots in as they are, keeping any already there for the same day (seeding a history). */
  loadSnapshots(scope: Scope, snapshots: Iterable<FleetSnapshot>): void {
    let days = this.snapshots.get(scope.mspId);
    if (!days) this.snapshots.set(scope.mspId, (days = new Map<IsoDay, FleetSnapshot>()));
    for (const snapshot of snapshots) if (!days.has(snapshot.day)) days.set(snapshot.day, snapshot);
  }

  async insights(scope: Scope, query: InsightsQuery): Promise<FleetInsights> {
    // Snapshots are the whole MSP's figures: only a scope that sees every account is shown them.
    const snapshots =
      visibilityOf(scope) === 'all'
        ? [...(this.snapshots.get(scope.mspId)?.values() ?? [])]
            .filter((snapshot) => snapshot.day >= query.from && snapshot.day <= query.today)
            .sort((a, b) => (a.day < b.day ? -1 : 1))
        : [];
    const visible = this.ordered.filter((record) => this.sees(scope, record));
    return { snapshots, ...fleetInsightsOf(visible, scope, query) };
  }

  async staff(scope: Scope): Promise<StaffSummary[]> {
    return [...this.staffById.values()]
      .filter((member) => member.mspId === scope.mspId)
      .map(({ mspId: _mspId, ...member }) => member)
      .sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email));
  }

  async assigneesOf(scope: Scope, accountNumber: string): Promise<StaffSummary[] | null> {
    if (!this.scoped(scope, accountNumber)) return null;
    return (await this.staff(scope)).filter((member) =>
      this.assignedTo.get(`${scope.mspId}|${member.id}`)?.has(accountNumber),
    );
  }

  async setAssignment(
    scope: Scope,
    staffId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<AssignResult> {
    const member = this.staffById.get(staffId);
    if (!member || member.mspId !== scope.mspId) return { ok: false, reason: 'no-such-staff' };
    const current = this.assignedTo.get(`${scope.mspId}|${staffId}`);
    const changes: AssignmentChange[] = [];
    const notFoundNumbers: string[] = [];
    for (const accountNumber of new Set(accountNumbers)) {
      if (!this.scoped(scope, accountNumber)) notFoundNumbers.push(accountNumber);
      else if ((current?.has(accountNumber) ?? false) !== assigned)
        changes.push({ mspId: scope.mspId, staffId, accountNumber, assigned });
    }
    this.loadAssignments(changes);
    if (changes.length > 0) this.options.onWrite?.({ changed: [], deleted: [], history: [], assignments: changes });
    return { ok: true, changed: changes.map((change) => change.accountNumber), notFound: notFoundNumbers };
  }

  teams: TeamRecords['teams'] = (scope) => this.teamsKept.teams(scope);
  createTeam: TeamRecords['createTeam'] = (scope, name) => this.teamsKept.create(scope, name);
  renameTeam: TeamRecords['renameTeam'] = (scope, teamId, name) => this.teamsKept.rename(scope, teamId, name);
  deleteTeam: TeamRecords['deleteTeam'] = (scope, teamId) => this.teamsKept.delete(scope, teamId);
  setTeamMember: TeamRecords['setTeamMember'] = (scope, teamId, staffId, member) =>
    this.teamsKept.setMember(scope, teamId, staffId, member);
  teamsOf: TeamRecords['teamsOf'] = (scope, accountNumber) => this.teamsKept.teamsOf(scope, accountNumber);
  setTeamAssignment: TeamRecords['setTeamAssignment'] = (scope, teamId, accountNumbers, assigned) =>
    this.teamsKept.setAssignment(scope, teamId, accountNumbers, assigned);

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

function compareEntries(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0;
}

/** History order: newest first, the later id first within one instant. */
function isBefore(entry: { at: string; id: string }, key: { at: string; id: string }): boolean {
  if (entry.at !== key.at) return entry.at < key.at;
  return Number(entry.id) < Number(key.id);
}

export function notFound(accountNumber: string) {
  return { status: 404 as const, title: 'Account not found', detail: `There is no account ${accountNumber}.` };
}
