import { accountRules } from '../account-rules';
import { monthsAfter, billingPeriodOn } from '../billing-period';
import { addDays, type IsoDay } from '../calendar';
import { formatCents } from '../money';
import type { AccountState, Change } from './account-state';

export type Settled = { state: AccountState; changes: Change[]; deleted: boolean };

/**
 * Brings an account up to `today`: each billing period that has started
 * renews it (a pending decrease applies, a cancellation takes effect), and an
 * ended account past its retention is deleted. Idempotent: settling a settled
 * account changes nothing.
 */
export function settle(initial: AccountState, today: IsoDay): Settled {
  let state = initial;
  const changes: Change[] = [];
  while (state.plan === 'paid' && state.renewsOn !== null && state.renewsOn <= today && state.billingAnchor) {
    const periodStart = state.renewsOn;
    if (state.cancelsOn !== null && periodStart >= state.cancelsOn) {
      const deleteAfter = addDays(state.cancelsOn, accountRules.retentionDays);
      changes.push({
        action: 'subscription-ended',
        summary: `Cancellation took effect; deleted for good on ${deleteAfter}`,
        before: { status: 'paid', seats: state.seats, cancelsOn: state.cancelsOn },
        after: { status: 'cancelled', seats: state.seats, deleteAfter },
        chargeCents: null,
        on: state.cancelsOn,
      });
      state = { ...state, plan: 'cancelled', endedOn: state.cancelsOn, deleteAfter, pendingSeats: null };
      break;
    }
    const seats = state.pendingSeats ?? state.seats ?? 0;
    const period = billingPeriodOn(state.billingAnchor, periodStart);
    const chargeCents = seats * accountRules.pricePerSeatCents;
    if (state.pendingSeats !== null)
      changes.push({
        action: 'seats-decreased',
        summary: `Seats ${state.seats} → ${state.pendingSeats} as scheduled`,
        before: { seats: state.seats, pendingSeats: state.pendingSeats },
        after: { seats: state.pendingSeats, pendingSeats: null },
        chargeCents: null,
        on: periodStart,
      });
    changes.push({
      action: 'renewed',
      summary: `Renewed for ${period.start} to ${addDays(period.end, -1)}: ${seats} seats, ${formatCents(chargeCents)}`,
      // Every field the renewal moves, old and new, so the console can say it in full.
      before: { periodStart: state.periodStart, renewsOn: state.renewsOn, seats: state.seats },
      after: { periodStart: period.start, renewsOn: monthsAfter(state.billingAnchor, period.index + 1), seats },
      chargeCents,
      on: periodStart,
    });
    state = {
      ...state,
      seats,
      pendingSeats: null,
      periodStart: period.start,
      renewsOn: period.end,
      proratedNumerator: 0,
    };
  }
  const deleteAfter = state.deleteAfter;
  const deleted = deleteAfter !== null && deleteAfter <= today;
  if (deleted)
    changes.push({
      action: 'deleted',
      summary: 'Deleted for good after the retention period',
      before: { status: state.plan },
      after: null,
      chargeCents: null,
      on: deleteAfter,
    });
  return { state, changes, deleted };
}

/**
 * The day a trial runs out is an event too: on the first day after its last,
 * the account is on Freemium. Settling `day` records it for a trial whose
 * last day was the day before (ending a trial early records its own event).
 */
export function trialRanOut(state: AccountState, day: IsoDay): Change | null {
  if (state.plan !== 'trial' || state.trialEndsAt === null || addDays(state.trialEndsAt, 1) !== day) return null;
  return {
    action: 'trial-expired',
    summary: `Trial ended; now on Freemium (${accountRules.freemiumUserLimit} users)`,
    before: { status: 'trial', trialEndsAt: state.trialEndsAt },
    after: { status: 'expired', trialEndsAt: state.trialEndsAt },
    chargeCents: null,
    on: day,
  };
}

/** What settling one day brings an account: its renewals, cancellation or deletion due, and its trial running out. */
export function settleDay(initial: AccountState, day: IsoDay): Settled {
  const settled = settle(initial, day);
  const ranOut = trialRanOut(initial, day);
  return ranOut ? { ...settled, changes: [ranOut, ...settled.changes] } : settled;
}
