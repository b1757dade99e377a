import type { AccountPlan } from '../account-status';
import type { IsoDay } from '../calendar';

/**
 * The facts of an account that the lifecycle rules read and change. The
 * server's record carries these plus identity (number, names, email).
 */
export interface AccountState {
  plan: AccountPlan;
  createdAt: string;
  /** The trial's last day; kept after an upgrade as history. */
  trialEndsAt: IsoDay | null;
  monitoredUsers: number;
  /** Seats bought, in force now. */
  seats: number | null;
  /** The day the account became paid: its billing periods are monthly from here. */
  billingAnchor: IsoDay | null;
  /** First day of the current billing period. */
  periodStart: IsoDay | null;
  /** First day of the next period: when it renews, and when pending changes apply. */
  renewsOn: IsoDay | null;
  /** A seat decrease waiting for the next period. */
  pendingSeats: number | null;
  /** Set when cancelled: paid and billed until this day, cancelled from it. */
  cancelsOn: IsoDay | null;
  /**
   * Seats × price × days left, summed over this period's seat additions (not
   * yet divided by the period's length). Carrying the exact sum lets several
   * additions round to no more than one addition of them all.
   */
  proratedNumerator: number;
  /** The day it was cancelled or removed. */
  endedOn: IsoDay | null;
  /** From this day the account and its data are deleted for good. */
  deleteAfter: IsoDay | null;
}

/** Why a rule refuses: a conflict with the account's state (409) or invalid input (422). */
export interface Refusal {
  kind: 'conflict' | 'invalid';
  message: string;
  /** The input field the message belongs to, when there is one. */
  field?: string;
}

/** One change a rule made, for the account's history. */
export interface Change {
  action: string;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  chargeCents: number | null;
  /** For changes time brings: the day it took effect, which its history entry is dated by. */
  on?: IsoDay;
}

export type RuleResult<S extends AccountState = AccountState> =
  { ok: true; state: S; changes: Change[] } | { ok: false; refusal: Refusal };

export function refuse(kind: Refusal['kind'], message: string, field?: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: field ? { kind, message, field } : { kind, message } };
}
