import type { AccountPlan } from '../account-status';
import type { IsoDay } from '../calendar';

/**
 * The facts of an account that the lifecycle rules read and change. The
 * server's record carries these plus identity (number, names, email).
 */
export interface AccountState {
  plan: AccountPlan;
  createdAt: string;
  trialEndsAt: IsoDay | null;
  monitoredUsers: number;
  seats: number | null;
  billingAnchor: IsoDay | null;
  periodStart: IsoDay | null;
  renewsOn: IsoDay | null;
  pendingSeats: number | null;
  cancelsOn: IsoDay | null;
  proratedNumerator: number;
  endedOn: IsoDay | null;
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
}

export type RuleResult<S extends AccountState = AccountState> =
  { ok: true; state: S; changes: Change[] } | { ok: false; refusal: Refusal };

export function refuse(kind: Refusal['kind'], message: string, field?: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: field ? { kind, message, field } : { kind, message } };
}
