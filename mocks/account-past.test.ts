import { describe, expect, it } from 'vitest';
import { accountRules } from '../src/domain/account-rules';
import { billingPeriodOn, monthsAfter } from '../src/domain/billing-period';
import { addDays } from '../src/domain/calendar';
import { statusOf } from '../src/domain/lifecycle/lifecycle-rules';
import { accountPast, latestPastAtFor, replayPast } from './account-past';
import { generateDemoFleet } from './demo-fleet';

const TODAY = '2026-11-21';
const ACTOR = 'staff@example.com';
const price = accountRules.pricePerSeatCents;
const facts = [
  'plan',
  'seats',
  'billingAnchor',
  'periodStart',
  'renewsOn',
  'pendingSeats',
  'cancelsOn',
  'trialEndsAt',
] as const;

describe('the past of a sample account', () => {
  const fleet = generateDemoFleet({ seed: 42, size: 400, today: TODAY });

  it('replays to the account as it is, for every account of a fleet', () => {
    for (const record of fleet) {
      const { state } = replayPast(record, TODAY, ACTOR);
      expect(Object.fromEntries(facts.map((key) => [key, state[key]]))).toEqual(
        Object.fromEntries(facts.map((key) => [key, record[key]])),
      );
    }
  });

  it('is deterministic, oldest first, and never later than today', () => {
    for (const record of fleet.slice(0, 80)) {
      const entries = accountPast(record, TODAY, ACTOR);
      expect(accountPast(record, TODAY, ACTOR)).toEqual(entries);
      expect(entries[0]).toMatchObject({ action: 'created', at: record.createdAt, actor: ACTOR });
      const times = entries.map((entry) => entry.at);
      expect(times).toEqual([...times].sort());
      expect(times.every((at) => at.slice(0, 10) <= TODAY)).toBe(true);
    }
  });

  it('is never later than latestPastAt, which Activity relies on to replay only what a page needs', () => {
    const extended = fleet
      .filter((record) => record.plan === 'trial')
      .slice(0, 20)
      .map((record) => ({ ...record, trialEndsAt: addDays(record.trialEndsAt!, 14) }));
    const tricky = fleet.slice(0, 40).map((record, index) =>
      record.plan === 'paid' && index % 2 === 0
        ? {
            ...record,
            pendingSeats:
              Math.max(record.monitoredUsers, 1) < record.seats! ? Math.max(record.monitoredUsers, 1) : null,
          }
        : record,
    );
    const latestPastAt = latestPastAtFor(TODAY);
    for (const record of [...fleet, ...tricky, ...extended]) {
      const latest = latestPastAt(record);
      for (const entry of accountPast(record, TODAY, ACTOR)) expect(entry.at <= latest).toBe(true);
    }
  });

  it('gives a paid account its upgrade and every monthly renewal, charged to the cent', () => {
    const paid = fleet.filter((record) => record.plan === 'paid');
    expect(paid.length).toBeGreaterThan(100);
    let withSeatAddition = 0;
    for (const record of paid) {
      const entries = accountPast(record, TODAY, ACTOR);
      const upgraded = entries.find((entry) => entry.action === 'upgraded')!;
      expect(upgraded.at.slice(0, 10)).toBe(record.billingAnchor);
      expect(upgraded.chargeCents).toBe((upgraded.after!.seats as number) * price);
      const renewals = entries.filter((entry) => entry.action === 'renewed');
      const periods = billingPeriodOn(record.billingAnchor!, TODAY).index;
      expect(renewals.map((entry) => entry.effectiveOn)).toEqual(
        Array.from({ length: periods }, (_, index) => monthsAfter(record.billingAnchor!, index + 1)),
      );
      for (const renewal of renewals)
        expect(renewal).toMatchObject({ actor: 'system', chargeCents: (renewal.after!.seats as number) * price });
      if (periods > 0)
        expect(renewals.at(-1)?.after).toMatchObject({ seats: record.seats, periodStart: record.periodStart });
      const addition = entries.find((entry) => entry.action === 'seats-added');
      if (addition) {
        withSeatAddition += 1;
        expect(addition.chargeCents).toBeGreaterThan(0);
        expect(addition.after).toMatchObject({ seats: record.seats });
      }
    }
    expect(withSeatAddition).toBeGreaterThan(10);
  });

  it('records a trial running out before today, and leaves today’s to the settler', () => {
    for (const record of fleet.filter((candidate) => candidate.plan === 'trial')) {
      const ranOut = accountPast(record, TODAY, ACTOR).filter((entry) => entry.action === 'trial-expired');
      const expiredBeforeToday = statusOf(record, addDays(TODAY, -1)) === 'expired';
      expect(ranOut.map((entry) => entry.effectiveOn)).toEqual(
        expiredBeforeToday ? [addDays(record.trialEndsAt!, 1)] : [],
      );
    }
  });
});
