import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../src/domain/account-status';
import { generateDemoFleet } from './demo-fleet';

const today = '2026-11-21';

describe('the demo fleet', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateDemoFleet({ seed: 1, size: 60, today })).toEqual(generateDemoFleet({ seed: 1, size: 60, today }));
    expect(generateDemoFleet({ seed: 2, size: 60, today })).not.toEqual(
      generateDemoFleet({ seed: 1, size: 60, today }),
    );
  });

  it('spreads about 60 accounts over the three boards with unique numbers and emails', () => {
    const fleet = generateDemoFleet({ seed: 42, size: 60, today });
    expect(fleet).toHaveLength(60);
    const statuses = fleet.map((account) => deriveStatus(account.plan, account.trialEndsAt, today));
    for (const status of ['paid', 'trial', 'expired'])
      expect(statuses.filter((s) => s === status).length).toBeGreaterThan(5);
    expect(new Set(fleet.map((account) => account.accountNumber)).size).toBe(60);
    expect(new Set(fleet.map((account) => account.emailKey)).size).toBe(60);
  });

  it('has the edge cases a demo meets', () => {
    const fleet = generateDemoFleet({ seed: 42, size: 60, today });
    const status = (account: (typeof fleet)[number]) => deriveStatus(account.plan, account.trialEndsAt, today);
    expect(fleet.some((account) => status(account) === 'trial' && account.trialEndsAt === today)).toBe(true);
    expect(fleet.some((account) => account.organizationName.length > 80)).toBe(true);
    expect(fleet.some((account) => account.monitoredUsers === 0)).toBe(true);
    expect(fleet.some((account) => account.plan === 'paid' && account.monitoredUsers > (account.seats ?? 0))).toBe(
      true,
    );
  });

  it('grows to 50,000 accounts and no further', () => {
    const fleet = generateDemoFleet({ seed: 5, size: 60_000, today });
    expect(fleet).toHaveLength(50_000);
    expect(new Set(fleet.map((account) => account.emailKey)).size).toBe(50_000);
    expect(fleet.every((account) => account.organizationName.length <= 100)).toBe(true);
  });
});

describe('the demo fleet early in the day', () => {
  it('creates no account later than midnight of the day it is grown for', () => {
    const fleet = generateDemoFleet({ seed: 11, size: 2_000, today });
    const latest = fleet.reduce((max, account) => (account.createdAt > max ? account.createdAt : max), '');
    expect(latest).toBe(`${today}T00:00:00.000Z`);
  });
});
