import { accountRules } from '../src/domain/account-rules';
import { trialEndDay } from '../src/domain/account-status';
import { billingPeriodOn, monthsAfter } from '../src/domain/billing-period';
import { addDays, dayOf, daysBetween, laterOf, type IsoDay } from '../src/domain/calendar';
import type { AccountState, Change, RuleResult } from '../src/domain/lifecycle/account-state';
import { freshTrialState } from '../src/domain/lifecycle/fresh-trial';
import { cancel, extendTrial, remove, upgrade } from '../src/domain/lifecycle/lifecycle-rules';
import { changeSeats } from '../src/domain/lifecycle/seat-rules';
import { settle, trialRanOut } from '../src/domain/lifecycle/settle';
import { historyEntries } from '../server/app/apply-rule';
import { SYSTEM_ACTOR } from '../server/app/settle-due';
import type { AccountRecord, NewHistoryEntry } from '../server/store/account-record';
import type { PastInShort, RenewalRun } from '../server/store/sample-pasts';

export interface AccountPast {
  /** Oldest first, dated as the rules date them (a renewal by the day it took effect). */
  entries: NewHistoryEntry[];
  /** The account as replaying its past leaves it: the same facts as the record when the past fits it. */
  state: AccountState;
}

/** A small deterministic number from the account number, to vary the stories without a random source. */
function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash;
}

/**
 * The past of a sample account (demo fleet or live seed) up to `today`,
 * replayed through the lifecycle rules themselves: created as a trial,
 * extended if its end says so, run out, upgraded on its billing anchor with
 * the first month charged, renewed every month with its charge, a seat
 * addition on some older paid accounts (prorated by the rule), and a pending
 * decrease or cancellation where the record has one. Pure and deterministic:
 * the same record and day give the same entries. Today's own events (a trial
 * that ran out yesterday) are left to the settler, which records them.
 */
/**
 * Settling a paid account with nothing pending or cancelled renews it once a period at its seats' price and
 * changes nothing else: the run of renewals and the state they leave, without a history entry each. Null for
 * any other account, or when there is no renewal due: settle() itself then says what happens.
 */
function plainRenewals(state: AccountState, day: IsoDay): { run: RenewalRun; state: AccountState } | null {
  const anchor = state.billingAnchor;
  if (state.plan !== 'paid' || anchor === null || state.renewsOn === null || state.renewsOn > day) return null;
  if (state.pendingSeats !== null || state.cancelsOn !== null || state.deleteAfter !== null) return null;
  const from = billingPeriodOn(anchor, state.renewsOn).index;
  const last = billingPeriodOn(anchor, day);
  if (monthsAfter(anchor, from) !== state.renewsOn || last.index < from) return null;
  const seats = state.seats ?? 0;
  return {
    run: { anchor, from, to: last.index, chargeCents: seats * accountRules.pricePerSeatCents, actor: SYSTEM_ACTOR },
    state: { ...state, seats, periodStart: last.start, renewsOn: last.end, proratedNumerator: 0 },
  };
}

/**
 * replayPast's entries in short: every entry but the plain monthly renewals, which come as runs (a paid
 * account's dozens of renewals are most of a sample fleet's history). Activity's totals count a fleet of
 * 50,000 from these without writing 750,000 entries.
 */
export function pastInShort(record: AccountRecord, today: IsoDay, actor: string): PastInShort {
  const renewals: RenewalRun[] = [];
  const { entries } = replayPast(record, today, actor, renewals);
  return { entries, renewals };
}

export function replayPast(
  record: AccountRecord,
  today: IsoDay,
  actor: string,
  /** When given, plain renewals are collected here as runs instead of written as entries. */
  renewalRuns?: RenewalRun[],
): AccountPast {
  const created = dayOf(record.createdAt);
  const timeOfDay = record.createdAt.slice(10);
  const entries: NewHistoryEntry[] = [];
  const staffAt = (day: IsoDay) => (day >= today ? `${today}T00:00:00.000Z` : `${day}${timeOfDay}`);
  const system = (changes: Change[]) =>
    entries.push(...historyEntries(changes, record, SYSTEM_ACTOR, `${today}T00:00:00.000Z`));
  const byStaff = (result: RuleResult, day: IsoDay): boolean => {
    if (!result.ok) return false;
    entries.push(...historyEntries(result.changes, record, actor, staffAt(day)));
    state = result.state;
    return true;
  };
  const settleTo = (day: IsoDay) => {
    const plain = renewalRuns ? plainRenewals(state, day) : null;
    if (plain) {
      renewalRuns!.push(plain.run);
      state = plain.state;
    }
    const settled = settle(state, day);
    system(settled.changes);
    state = settled.state;
  };

  const firstEnd = trialEndDay(created, accountRules.trialDays);
  let state: AccountState = freshTrialState({
    createdAt: record.createdAt,
    trialEndsAt: firstEnd,
    monitoredUsers: record.monitoredUsers,
  });
  entries.push({
    at: record.createdAt,
    actor,
    action: 'created',
    summary: `Added as a ${accountRules.trialDays}-day trial`,
    organizationName: record.organizationName,
    before: null,
    after: { status: 'trial', trialEndsAt: firstEnd },
    chargeCents: null,
    effectiveOn: null,
  });

  // An extension, when the record's end is one allowed length past the first end.
  if (record.trialEndsAt !== null && record.trialEndsAt > firstEnd) {
    const days = daysBetween(firstEnd, record.trialEndsAt);
    const on = laterOf(created, addDays(firstEnd, -3));
    if (on < today) byStaff(extendTrial(state, days, on), on);
  }

  // The trial ran out before it was upgraded or removed (or before today, the settler's day).
  const ranOutBy = record.billingAnchor ?? record.endedOn ?? today;
  const ranOutOn = state.trialEndsAt === null ? null : addDays(state.trialEndsAt, 1);
  if (ranOutOn !== null && ranOutOn < ranOutBy && ranOutOn < today) {
    const ranOut = trialRanOut(state, ranOutOn);
    if (ranOut) system([ranOut]);
  }

  if (record.plan === 'removed' && record.endedOn !== null) {
    byStaff(remove(state, record.endedOn), record.endedOn);
    return { entries, state };
  }
  const anchor = record.billingAnchor;
  if (anchor === null || record.seats === null) return { entries, state };

  // Some older paid accounts started smaller and added seats in a middle period.
  const months = billingPeriodOn(anchor, today).index;
  const hash = hashOf(record.accountNumber);
  const added = months >= 2 && record.seats >= 3 && hash % 3 === 0 ? Math.min(record.seats - 1, 1 + (hash % 5)) : 0;
  const firstSeats = record.seats - added;
  // Users grew with the seats: an account was never upgraded with fewer seats than it monitored then.
  state = { ...state, monitoredUsers: Math.min(record.monitoredUsers, firstSeats) };
  if (!byStaff(upgrade(state, firstSeats, anchor), anchor)) return { entries, state };
  if (added > 0) {
    const on = addDays(monthsAfter(anchor, Math.floor(months / 2)), 10);
    settleTo(on);
    byStaff(
      changeSeats({ ...state, monitoredUsers: Math.min(record.monitoredUsers, firstSeats) }, record.seats, on),
      on,
    );
  }
  state = { ...state, monitoredUsers: record.monitoredUsers };

  // A cancellation or pending decrease made a few days into the period it belongs to.
  const lastPeriodStart =
    record.cancelsOn !== null ? billingPeriodOn(anchor, addDays(record.cancelsOn, -1)).start : null;
  if (record.cancelsOn !== null && lastPeriodStart !== null) {
    const on = laterOf(lastPeriodStart, addDays(record.cancelsOn, -10));
    settleTo(on);
    byStaff(cancel(state, on), on);
  } else if (record.pendingSeats !== null && record.periodStart !== null) {
    const on = laterOf(record.periodStart, addDays(today, -3));
    settleTo(on);
    byStaff(changeSeats(state, record.pendingSeats, on), on);
  }
  settleTo(today);
  return { entries, state };
}

/** The entries of replayPast, for the stores to show. */
export function accountPast(record: AccountRecord, today: IsoDay, actor: string): NewHistoryEntry[] {
  return replayPast(record, today, actor).entries;
}

/**
 * For a fleet grown on `today`: an instant no entry of an account's past is
 * later than, read off the record without replaying it (the demo's Activity
 * replays only the accounts that can reach the page it shows). String
 * comparisons only, apart from extended trials: it runs over the whole fleet.
 */
export function latestPastAtFor(today: IsoDay): (record: AccountRecord) => string {
  const yesterday = addDays(today, -1);
  const todayMidnight = `${today}T00:00:00.000Z`;
  const endOf = (day: IsoDay) => `${day}T23:59:59.999Z`;
  return (record) => {
    let latest = record.createdAt;
    const consider = (day: IsoDay | null, at: string) => {
      if (day !== null && day <= today && at > latest) latest = at;
    };
    // Renewals and a subscription ending are dated midnight; staff's changes later that day.
    consider(record.periodStart, `${record.periodStart}T00:00:00.000Z`);
    consider(record.cancelsOn, `${record.cancelsOn}T00:00:00.000Z`);
    consider(record.billingAnchor, endOf(record.billingAnchor ?? ''));
    consider(record.endedOn, endOf(record.endedOn ?? ''));
    // Only a trial's own: a paid account's upgrade (its anchor) comes after its trial's events.
    if (record.billingAnchor === null && record.trialEndsAt !== null) {
      // A trial that ran out before today is recorded the day after its last, at midnight (today's is the settler's).
      if (record.trialEndsAt < yesterday) consider(today, `${addDays(record.trialEndsAt, 1)}T00:00:00.000Z`);
      // An extension is made three days before the first end.
      const firstEnd = trialEndDay(dayOf(record.createdAt), accountRules.trialDays);
      if (record.trialEndsAt > firstEnd) consider(today, endOf(addDays(firstEnd, -3)));
    }
    // A pending decrease or cancellation is made by today.
    if (record.pendingSeats !== null || record.cancelsOn !== null) consider(today, endOf(today));
    return latest > endOf(today) ? todayMidnight : latest;
  };
}
