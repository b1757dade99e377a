import { accountRules } from '../account-rules';
import { billingPeriodOn, daysLeftInPeriod, periodLength } from '../billing-period';
import type { IsoDay } from '../calendar';
import { formatCents } from '../money';
import { prorateSeatAddition } from '../proration';
import { refuse, type AccountState, type RuleResult } from './account-state';
import { checkSeats, statusOf } from './lifecycle-rules';

export interface SeatChangePreview {
  currentSeats: number;
  newSeats: number;
  /** An increase applies now and is charged now; a decrease applies when the next period starts. */
  effective: 'now' | 'next-period' | 'no-change';
  effectiveOn: IsoDay;
  chargeCents: number;
  daysLeft: number;
  daysInPeriod: number;
  /** What the next period will bill for this account after the change. */
  nextPeriodChargeCents: number;
}

/**
 * What a change to `seats` would do, by the very rule that applies it: the
 * console shows this before the user confirms.
 */
export function previewSeatChange(
  state: AccountState,
  seats: number,
  today: IsoDay,
): { ok: true; preview: SeatChangePreview; state: AccountState } | { ok: false; refusal: RuleResult & { ok: false } } {
  if (statusOf(state, today) !== 'paid' || state.seats === null || state.billingAnchor === null)
    return { ok: false, refusal: refuse('conflict', 'Only a paid subscription has seats to change') };
  if (state.cancelsOn !== null)
    return { ok: false, refusal: refuse('conflict', 'Resume the subscription before changing its seats') };
  const invalid = checkSeats(state, seats);
  if (invalid && !invalid.ok) return { ok: false, refusal: invalid };
  // The preview answers exactly as the change would: nothing to change is refused by both.
  if (seats === state.seats && state.pendingSeats === null)
    return { ok: false, refusal: refuse('invalid', `The subscription already has ${seats} seats`, 'seats') };

  const period = billingPeriodOn(state.billingAnchor, today);
  const daysInPeriod = periodLength(period);
  const daysLeft = daysLeftInPeriod(period, today);
  const current = state.seats;
  const base = { currentSeats: current, newSeats: seats, daysLeft, daysInPeriod };
  const price = accountRules.pricePerSeatCents;

  if (seats > current) {
    const { chargeCents, numerator } = prorateSeatAddition({
      addedSeats: seats - current,
      pricePerSeatCents: price,
      daysLeft,
      daysInPeriod,
      // A new period starts with nothing added yet.
      priorNumerator: state.periodStart === period.start ? state.proratedNumerator : 0,
    });
    return {
      ok: true,
      preview: { ...base, effective: 'now', effectiveOn: today, chargeCents, nextPeriodChargeCents: seats * price },
      state: { ...state, seats, pendingSeats: null, proratedNumerator: numerator, periodStart: period.start },
    };
  }
  const pending = seats === current ? null : seats;
  return {
    ok: true,
    preview: {
      ...base,
      effective: seats === current ? 'no-change' : 'next-period',
      effectiveOn: seats === current ? today : period.end,
      chargeCents: 0,
      nextPeriodChargeCents: seats * price,
    },
    state: { ...state, pendingSeats: pending },
  };
}

/** Change the seats: more now, charged pro rata; fewer from the next period, without refund. */
export function changeSeats(state: AccountState, seats: number, today: IsoDay): RuleResult {
  const result = previewSeatChange(state, seats, today);
  if (!result.ok) return result.refusal;
  const { preview } = result;
  const summary =
    preview.effective === 'now'
      ? `Seats ${preview.currentSeats} → ${seats}; charged ${formatCents(preview.chargeCents)} for the ${preview.daysLeft} days left of the period`
      : preview.effective === 'next-period'
        ? `Seats ${preview.currentSeats} → ${seats} from ${preview.effectiveOn}`
        : `Pending change to ${state.pendingSeats} seats withdrawn`;
  return {
    ok: true,
    state: result.state,
    changes: [
      {
        action:
          preview.effective === 'now'
            ? 'seats-added'
            : preview.effective === 'next-period'
              ? 'seats-decrease-scheduled'
              : 'seats-decrease-withdrawn',
        summary,
        // renewsOn is the day a decrease applies; it does not move, but the sentence names it.
        before: { seats: state.seats, pendingSeats: state.pendingSeats, renewsOn: state.renewsOn },
        after: { seats: result.state.seats, pendingSeats: result.state.pendingSeats, renewsOn: state.renewsOn },
        chargeCents: preview.effective === 'now' ? preview.chargeCents : null,
      },
    ],
  };
}

/** Withdraw a pending decrease: the seats stay as they are. */
export function withdrawPendingSeats(state: AccountState, today: IsoDay): RuleResult {
  if (statusOf(state, today) !== 'paid' || state.pendingSeats === null)
    return refuse('conflict', 'There is no pending seat change to withdraw');
  return {
    ok: true,
    state: { ...state, pendingSeats: null },
    changes: [
      {
        action: 'seats-decrease-withdrawn',
        summary: `Pending change to ${state.pendingSeats} seats withdrawn; stays at ${state.seats}`,
        before: { seats: state.seats, pendingSeats: state.pendingSeats },
        after: { seats: state.seats, pendingSeats: null },
        chargeCents: null,
      },
    ],
  };
}
