import type { AccountStatus } from '../../src/domain/account-status';
import type { AccountState } from '../../src/domain/lifecycle/account-state';
import type { IsoDay } from '../../src/domain/calendar';
import type { FleetTotals } from '../../src/domain/fleet-totals';
import type { AttentionCounts } from '../../src/domain/attention';
import type { UtilisationBucket } from '../../src/domain/insights';
import type { AccountSort } from '../../src/api/contract';
import { roleVisibility, type Role, type Visibility } from '../../src/domain/permissions';
import type { TeamRecords } from './team-records';

/**
 * The MSP a request acts for, and as whom. Every read and write is confined
 * to the MSP; a staff member's role narrows it further to the accounts that
 * role sees (roleVisibility in src/domain/permissions.ts): an account outside
 * it is not found, like another MSP's. Without a role (the scheduler,
 * seeding) the scope is the whole MSP.
 */
export interface Scope {
  mspId: string;
  staffId?: string;
  role?: Role;
}

/**
 * An account as stored: who it is and which MSP it belongs to, plus the facts
 * the lifecycle rules read and change (src/domain/lifecycle/account-state.ts).
 * Whether a trial has run out is not stored: it is read off the dates.
 */
export interface AccountRecord extends AccountState {
  mspId: string;
  accountNumber: string;
  organizationName: string;
  email: string;
  /** The email as compared for uniqueness (see normalizeEmail); unique across all MSPs. */
  emailKey: string;
  /** Bumped by every change. */
  version: number;
  /** The staff member whose upgrade made it paid (Sales sees the paid accounts it converted); null if unknown. */
  convertedBy?: string | null;
}

export type NewAccountRecord = Omit<AccountRecord, 'accountNumber'>;

export interface HistoryEntry {
  id: string;
  mspId: string;
  accountNumber: string;
  organizationName: string;
  at: string;
  /** Who made the change: a staff member's email, or "system" for scheduled changes. */
  actor: string;
  action: string;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** What the change charged now, in cents, if anything. */
  chargeCents: number | null;
  /**
   * For a change time brought (a renewal, a trial running out): the day it
   * took effect, which `at` is midnight UTC of. Entries saved before this
   * field existed leave it out (see present in server/app/history-routes.ts).
   */
  effectiveOn?: IsoDay | null;
}

export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'accountNumber' | 'mspId'>;

/** Where a page ends in the board's order: newest first, account number breaking ties. */
export interface PageKey {
  createdAt: string;
  accountNumber: string;
}

/** Which of a board's accounts a list shows; every field left out lets all through. */
export interface ListFilters {
  /** Folded words (src/domain/search-text.ts) that must all occur in the account's search text. */
  words: readonly string[];
  /** Trials whose last day is on or before this day. */
  trialEndsBy?: IsoDay;
  overSeats?: boolean;
  pendingDecrease?: boolean;
  cancelling?: boolean;
  createdFrom?: IsoDay;
  createdTo?: IsoDay;
  usersMin?: number;
  usersMax?: number;
}

/** Where a page ends under a sort: the last row's sort value, its account number breaking ties. */
export interface SortKey {
  value: string | number;
  accountNumber: string;
}

export interface ListQuery {
  status: Extract<AccountStatus, 'paid' | 'trial' | 'expired'>;
  today: IsoDay;
  limit: number;
  sort: AccountSort;
  filters: ListFilters;
  after: SortKey | null;
}

/** A board page without its totals: what an export or a bulk walk reads, page after page. */
export interface ListPage {
  items: AccountRecord[];
  next: SortKey | null;
}

export interface ListResult extends ListPage {
  /** Accounts that pass the filters, and their monitored users. */
  total: number;
  monitoredUsersTotal: number;
  /** Accounts on the board, filters aside. */
  boardTotal: number;
}

/** Cancelled and removed accounts, the soonest to be deleted first. */
export interface EndedQuery {
  limit: number;
  after: { deleteAfter: IsoDay; accountNumber: string } | null;
}

export interface EndedResult {
  items: AccountRecord[];
  next: { deleteAfter: IsoDay; accountNumber: string } | null;
  total: number;
}

/** Which history entries Activity shows; every field left out lets all through. */
export interface HistoryFilters {
  accountNumber?: string;
  action?: string;
  /** Compared case-insensitively. */
  actor?: string;
  /** Entries at or after this day's start (UTC). */
  from?: IsoDay;
  /** Entries before the end of this day (UTC). */
  to?: IsoDay;
}

export interface HistoryQuery extends HistoryFilters {
  limit: number;
  after: { at: string; id: string } | null;
}

export interface HistoryResult {
  items: HistoryEntry[];
  next: { at: string; id: string } | null;
}

/** Over every entry that passes the filters, not one page. */
export interface HistoryTotals {
  entries: number;
  chargedCents: number;
}

/** One staff member's alerts: the daily digest on or off, and when they last read it. */
export interface AlertState {
  staffEmail: string;
  digest: boolean;
  lastReadAt: string | null;
}

/** The fleet's figures, as src/domain/fleet-totals.ts defines them (board monitored users aside). */
export type FleetSummary = Omit<FleetTotals, 'monitoredUsers'>;

export type CreateResult = { ok: true; record: AccountRecord } | { ok: false; reason: 'email-taken' };

/** What a change decides, given the account as it is now. */
export type Decision<T> =
  | { ok: true; record: AccountRecord | 'delete'; history: NewHistoryEntry[]; result: T }
  | { ok: false; refusal: Refusal };

export interface Refusal {
  status: 404 | 409 | 422;
  title: string;
  detail?: string;
  errors?: Record<string, string>;
}

export type UpdateResult<T> = { ok: true; record: AccountRecord | null; result: T } | { ok: false; refusal: Refusal };

/** Which accounts a scope sees: a staff member's role decides it, the whole MSP without one. */
export function visibilityOf(scope: Scope): Visibility {
  return scope.role ? roleVisibility[scope.role] : 'all';
}

/** A staff member as assignment shows them. */
export interface StaffSummary {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export type AssignResult = { ok: true; changed: string[]; notFound: string[] } | { ok: false; reason: 'no-such-staff' };

/**
 * What the API needs of a database. The in-memory store serves the demo and
 * the tests; a SQL store serves live mode. Each keeps email keys unique
 * atomically, and runs `update` as one read-decide-write that no other
 * change to the same account can interleave with.
 */
export interface AccountStore extends TeamRecords {
  list(scope: Scope, query: ListQuery): Promise<ListResult>;
  /** The same page as list(), without counting the board: a 100,000-row export reads the table once. */
  page(scope: Scope, query: ListQuery): Promise<ListPage>;
  listEnded(scope: Scope, query: EndedQuery): Promise<EndedResult>;
  summary(scope: Scope, today: IsoDay): Promise<FleetSummary>;
  get(scope: Scope, accountNumber: string): Promise<AccountRecord | null>;
  /** Up to `limit` of this MSP's accounts whose name has this key (organizationNameKey), newest first. */
  withOrganizationName(scope: Scope, nameKey: string, limit: number): Promise<AccountRecord[]>;
  create(account: NewAccountRecord, history: NewHistoryEntry): Promise<CreateResult>;
  update<T>(
    scope: Scope,
    accountNumber: string,
    decide: (record: AccountRecord) => Decision<T>,
  ): Promise<UpdateResult<T>>;
  history(scope: Scope, query: HistoryQuery): Promise<HistoryResult>;
  historyTotals(scope: Scope, filters: HistoryFilters): Promise<HistoryTotals>;
  /** The "Needs attention" counts, as src/domain/attention.ts defines them. */
  attention(scope: Scope, today: IsoDay): Promise<AttentionCounts>;
  /** The staff member's alert state; digest off and never read when none is stored. */
  alertState(scope: Scope, staffEmail: string): Promise<AlertState>;
  saveAlertState(scope: Scope, state: AlertState): Promise<void>;
  /**
   * Accounts, of any MSP, with something to settle on `today`: a renewal or
   * a deletion due on or before it, or a trial whose last day was the day before.
   */
  due(today: IsoDay): Promise<Array<{ mspId: string; accountNumber: string }>>;
  /**
   * Optional: runs many writes as one unit (the demo takes its cross-tab lock
   * and saves once, not once per renewal). Stores without it write one by one.
   * `redoable`: what the work does follows from the data and the day alone (the
   * daily settle), so a store that keeps a copy may redo it rather than save it.
   */
  batch?<T>(work: () => Promise<T>, options?: { redoable?: boolean }): Promise<T>;
  /** MSPs with no fleet snapshot for `day` yet. */
  mspsWithoutSnapshot(day: IsoDay): Promise<string[]>;
  /** Records the MSP's figures as they are now as its snapshot of `day`, unless it already has one (first one wins). */
  recordSnapshot(scope: Scope, day: IsoDay, pricePerSeatCents: number): Promise<void>;
  insights(scope: Scope, query: InsightsQuery): Promise<FleetInsights>;
  /** The MSP's active staff members, by name (whom accounts can be assigned to). */
  staff(scope: Scope): Promise<StaffSummary[]>;
  /** Who the account is assigned to, or null when the scope does not see the account. */
  assigneesOf(scope: Scope, accountNumber: string): Promise<StaffSummary[] | null>;
  /**
   * Assigns the accounts to (or, with `assigned` false, takes them from) a
   * staff member of the scope's MSP. Numbers the scope does not see are
   * returned as notFound and left alone; `changed` lists those whose
   * assignment changed.
   */
  setAssignment(
    scope: Scope,
    staffId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<AssignResult>;
  /** The last day settled (see server/app/settle-due.ts), or null before the first. */
  settledThrough(): Promise<IsoDay | null>;
  markSettled(day: IsoDay): Promise<void>;
}

/** Board order: newest first. Negative when `a` comes before `b`. */
export function comparePageKeys(a: PageKey, b: PageKey): number {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  if (a.accountNumber === b.accountNumber) return 0;
  return a.accountNumber > b.accountNumber ? -1 : 1;
}

/** One MSP's fleet figures on one day, as the daily settle recorded them. */
export interface FleetSnapshot {
  day: IsoDay;
  /** Monitored users over paid accounts (billable). */
  activeUsers: number;
  paidAccounts: number;
  /** Seats in force over paid accounts. */
  seats: number;
  /** What the next periods bill: next-period seats × price, in cents. */
  mrrCents: number;
  trialsActive: number;
  trialsExpired: number;
  /** Paid accounts with more monitored users than seats. */
  overSeats: number;
}

export interface InsightsQuery {
  today: IsoDay;
  /** First day of the range (included); snapshots and cohorts start here. */
  from: IsoDay;
}

export interface FleetInsights {
  /** Oldest first. */
  snapshots: FleetSnapshot[];
  /** Active trials, counted by days left and the week (Monday) they were created in. */
  pipeline: Array<{ daysLeft: number; createdWeek: IsoDay; trials: number }>;
  /** Accounts by creation month ("2026-11") from the month of `from`: how many, and how many became paid. */
  cohorts: Array<{ month: string; created: number; converted: number }>;
  /** Paid accounts by how full their seats are. */
  utilisation: Array<{ bucket: UtilisationBucket; accounts: number; seats: number; monitoredUsers: number }>;
}
