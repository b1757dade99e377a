import type { AccountPlan } from '../../src/domain/account-status';
import type { AccountStatus } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';

/** An account as stored. Its status is not here: it is derived from the dates when read. */
export interface AccountRecord {
  accountNumber: string;
  organizationName: string;
  email: string;
  /** The email as compared for uniqueness (see normalizeEmail). */
  emailKey: string;
  plan: AccountPlan;
  createdAt: string;
  trialEndsAt: IsoDay | null;
  monitoredUsers: number;
  seats: number | null;
}

export type NewAccountRecord = Omit<AccountRecord, 'accountNumber'>;

export interface ListQuery {
  status: AccountStatus;
  today: IsoDay;
  limit: number;
  after: PageKey | null;
}

/** Where a page ends in the board's order: newest first, account number breaking ties. */
export interface PageKey {
  createdAt: string;
  accountNumber: string;
}

export interface ListResult {
  items: AccountRecord[];
  next: PageKey | null;
  total: number;
  monitoredUsersTotal: number;
}

export interface FleetSummary {
  activeUsers: number;
  counts: Record<AccountStatus, number>;
}

export type CreateResult = { ok: true; record: AccountRecord } | { ok: false; reason: 'email-taken' };

/**
 * What the API needs of a database. The in-memory store serves the demo and
 * the tests; a SQL store serves live mode. Both keep email keys unique
 * atomically: `create` is the only place a duplicate can be refused.
 */
export interface AccountStore {
  list(query: ListQuery): Promise<ListResult>;
  summary(today: IsoDay): Promise<FleetSummary>;
  get(accountNumber: string): Promise<AccountRecord | null>;
  create(account: NewAccountRecord): Promise<CreateResult>;
}

/** Board order: newest first. Negative when `a` comes before `b`. */
export function comparePageKeys(a: PageKey, b: PageKey): number {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  if (a.accountNumber === b.accountNumber) return 0;
  return a.accountNumber > b.accountNumber ? -1 : 1;
}
