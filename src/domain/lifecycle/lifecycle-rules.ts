import { accountRules } from '../account-rules';
import { deriveStatus, trialEndDay, type AccountStatus } from '../account-status';
import { monthsAfter } from '../billing-period';
import { addDays, dayOf, laterOf, type IsoDay } from '../calendar';
import { formatCents } from '../money';
import { refuse, type AccountState, type RuleResult } from './account-state';

export function statusOf(state: AccountState, today: IsoDay): AccountStatus {
  return deriveStatus(state.plan, state.trialEndsAt, today);
}

/** The last day a trial may reach with extensions: its 90th day, counted as its first 30 are. */
export function trialCap(state: Pick<AccountState, 'createdAt'>): IsoDay {
  return trialEndDay(dayOf(state.createdAt), accountRules.maxTrialDays);
}

/** Where an extension of `days` would end the trial: counted from the later of today and its end. */
export function extendedTrialEnd(state: Pick<AccountState, 'trialEndsAt'>, days: number, today: IsoDay): IsoDay {
  return addDays(laterOf(today, state.trialEndsAt ?? today), days);
}

/** The fewest seats an account may hold: one, and never fewer than its monitored users. */
export function minimumSeats(state: Pick<AccountState, 'monitoredUsers'>): number {
  return Math.max(1, state.monitoredUsers);
}

function count(value: number, one: string, many: string): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;
}

/**
 * Why `seats` cannot be held by an account monitoring `monitoredUsers`, or
 * null: the one wording of the seat check, which the seats field shows as
 * the user types and the API answers with.
 */
export function seatsProblem(monitoredUsers: number, seats: number): string | null {
  if (!Number.isInteger(seats) || seats < 1) return 'Choose at least 1 seat';
  if (seats > accountRules.maxSeats) return `Choose at most ${count(accountRules.maxSeats, 'seat', 'seats')}`;
  if (seats < monitoredUsers)
    return (
      `This account monitors ${count(monitoredUsers, 'user', 'users')}, so it needs at least ${count(monitoredUsers, 'seat', 'seats')}. ` +
      `Remove ${count(monitoredUsers - seats, 'user', 'users')} first to go down to ${seats.toLocaleString('en-US')}.`
    );
  return null;
}

export function checkSeats(state: AccountState, seats: number): RuleResult | null {
  const problem = seatsProblem(state.monitoredUsers, seats);
  return problem === null ? null : refuse('invalid', problem, 'seats');
}

/** Upgrade an active or expired trial: the first period is charged in full, now. */
export function upgrade(state: AccountState, seats: number, today: IsoDay): RuleResult {
  const status = statusOf(state, today);
  if (status !== 'trial' && status !== 'expired') return refuse('conflict', 'Only a trial can be upgraded to paid');
  const invalid = checkSeats(state, seats);
  if (invalid) return invalid;
  const chargeCents = seats * accountRules.pricePerSeatCents;
  return {
    ok: true,
    state: {
      ...state,
      plan: 'paid',
      seats,
      billingAnchor: today,
      periodStart: today,
      renewsOn: monthsAfter(today, 1),
      pendingSeats: null,
      cancelsOn: null,
      proratedNumerator: 0,
    },
    changes: [
      {
        action: 'upgraded',
        summary: `Upgraded to paid with ${seats} seats; first month charged ${formatCents(chargeCents)}`,
        before: { status, seats: null },
        after: { status: 'paid', seats, renewsOn: monthsAfter(today, 1) },
        chargeCents,
      },
    ],
  };
}

/** Extend an active or expired trial by one of the allowed lengths, within the 90-day cap. */
export function extendTrial(state: AccountState, days: number, today: IsoDay): RuleResult {
  const status = statusOf(state, today);
  if (status !== 'trial' && status !== 'expired') return refuse('conflict', 'Only a trial can be extended');
  if (!(accountRules.trialExtensionDays as readonly number[]).includes(days))
    return refuse('invalid', `Extend by ${accountRules.trialExtensionDays.join(', ')} days`, 'days');
  const end = extendedTrialEnd(state, days, today);
  const cap = trialCap(state);
  if (end > cap)
    return refuse(
      'conflict',
      `A trial can run at most ${accountRules.maxTrialDays} days from its creation, until ${cap}; ` +
        `extending by ${days} days would end it on ${end}.`,
      'days',
    );
  return {
    ok: true,
    state: { ...state, trialEndsAt: end },
    changes: [
      {
        action: 'trial-extended',
        summary: `Trial extended by ${days} days, to ${end}`,
        before: { status, trialEndsAt: state.trialEndsAt },
        after: { status: 'trial', trialEndsAt: end, extendedByDays: days },
        chargeCents: null,
      },
    ],
  };
}

/** End an active trial now: it is an expired trial from today. */
export function endTrial(state: AccountState, today: IsoDay): RuleResult {
  if (statusOf(state, today) !== 'trial') return refuse('conflict', 'Only an active trial can be ended');
  const end = addDays(today, -1);
  return {
    ok: true,
    state: { ...state, trialEndsAt: end },
    changes: [
      {
        action: 'trial-ended',
        summary: 'Trial ended early; the account is on Freemium',
        before: { status: 'trial', trialEndsAt: state.trialEndsAt },
        after: { status: 'expired', trialEndsAt: end },
        chargeCents: null,
      },
    ],
  };
}

/**
 * Cancel a paid subscription at the end of its period; it stays paid and
 * billed until then. A pending seat decrease would apply the very day the
 * subscription ends, so it is withdrawn with the cancellation (and resuming
 * does not bring it back).
 */
export function cancel(state: AccountState, today: IsoDay): RuleResult {
  if (statusOf(state, today) !== 'paid') return refuse('conflict', 'Only a paid subscription can be cancelled');
  if (state.cancelsOn !== null)
    return refuse('conflict', `The subscription is already cancelled from ${state.cancelsOn}`);
  const paidUntil = state.renewsOn ? addDays(state.renewsOn, -1) : today;
  const withdrawn = state.pendingSeats === null ? '' : `; pending change to ${state.pendingSeats} seats withdrawn`;
  return {
    ok: true,
    state: { ...state, cancelsOn: state.renewsOn, pendingSeats: null },
    changes: [
      {
        action: 'cancelled',
        summary: `Subscription cancelled; paid until ${paidUntil}${withdrawn}`,
        before: { cancelsOn: null, ...(state.pendingSeats === null ? {} : { pendingSeats: state.pendingSeats }) },
        after: { cancelsOn: state.renewsOn, ...(state.pendingSeats === null ? {} : { pendingSeats: null }) },
        chargeCents: null,
      },
    ],
  };
}

/** Take back a cancellation before it takes effect. */
export function resume(state: AccountState, today: IsoDay): RuleResult {
  if (statusOf(state, today) !== 'paid' || state.cancelsOn === null)
    return refuse('conflict', 'Only a cancelled subscription that has not ended can be resumed');
  return {
    ok: true,
    state: { ...state, cancelsOn: null },
    changes: [
      {
        action: 'resumed',
        summary: 'Subscription resumed',
        before: { cancelsOn: state.cancelsOn },
        after: { cancelsOn: null },
        chargeCents: null,
      },
    ],
  };
}

/** Remove an expired trial: it leaves the boards and is deleted for good after the retention days. */
export function remove(state: AccountState, today: IsoDay): RuleResult {
  if (statusOf(state, today) !== 'expired') return refuse('conflict', 'Only an expired trial can be removed');
  const deleteAfter = addDays(today, accountRules.retentionDays);
  return {
    ok: true,
    state: { ...state, plan: 'removed', endedOn: today, deleteAfter },
    changes: [
      {
        action: 'removed',
        summary: `Removed; deleted for good on ${deleteAfter} unless restored`,
        before: { status: 'expired' },
        after: { status: 'removed', deleteAfter },
        chargeCents: null,
      },
    ],
  };
}

/** Bring a removed trial back, as the expired trial it was. */
export function restore(state: AccountState, today: IsoDay): RuleResult {
  if (state.plan !== 'removed') return refuse('conflict', 'Only a removed trial can be restored');
  const restored: AccountState = { ...state, plan: 'trial', endedOn: null, deleteAfter: null };
  return {
    ok: true,
    state: restored,
    changes: [
      {
        action: 'restored',
        summary: 'Restored from removed accounts',
        before: { status: 'removed', deleteAfter: state.deleteAfter },
        after: { status: statusOf(restored, today), deleteAfter: null },
        chargeCents: null,
      },
    ],
  };
}
