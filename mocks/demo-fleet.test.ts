import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../src/domain/account-status';
import { normalizeEmail } from '../src/domain/email';
import { MemoryStore } from '../server/store/memory-store';
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

function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, field]) => [key, withSortedKeys(field)]));
}

describe('the demo fleet, grown faster', () => {
  // A saved demo replays its batches over the seeded fleet by account number: the same seed and day must grow
  // exactly the fleet earlier versions grew. This is the fingerprint of the fleet the straightforward generator
  // (a Date and a regular expression per account, a sort by createdAt) grew before it was made faster.
  // Keys are sorted first: the order a record's fields were written in is not part of the fleet.
  it('grows exactly the fleet it grew before', () => {
    const fleet = generateDemoFleet({ seed: 42, size: 3_000, today: '2028-02-29' });
    expect(
      createHash('sha256')
        .update(JSON.stringify(withSortedKeys(fleet)))
        .digest('hex'),
    ).toBe('2834d4cf3fd43fcfe1af050e90f3a6a5b834cc851f90d8491dba0de948d537ca');
  });

  it('numbers accounts in creation order, with instants and emails as the rules write them', () => {
    const problems: string[] = [];
    for (const day of ['2026-01-01', '2026-03-31', '2027-12-31']) {
      const fleet = generateDemoFleet({ seed: 9, size: 2_000, today: day });
      fleet.forEach((account, index) => {
        const before = fleet[index - 1];
        const slug = account.organizationName
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 40);
        if (new Date(account.createdAt).toISOString() !== account.createdAt) problems.push(account.createdAt);
        if (before && (account.createdAt < before.createdAt || account.accountNumber <= before.accountNumber))
          problems.push(`${account.accountNumber} out of order`);
        if (!account.email.startsWith('admin') || !account.email.endsWith(`@${slug}.example`))
          problems.push(account.email);
        if (account.emailKey !== normalizeEmail(account.email)) problems.push(account.emailKey);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('the demo fleet in the store', () => {
  // The demo store hands the fleet over reversed with inBoardOrder, which skips the store's sort: that is only right
  // while the fleet, reversed, is exactly the order the store would have sorted it into.
  it('is, reversed, in board order already (newest first, the number breaking ties)', () => {
    for (const day of [today, '2028-02-29']) {
      const fleet = generateDemoFleet({ seed: 3, size: 5_000, today: day });
      const sorted = new MemoryStore(fleet).all().map((account) => account.accountNumber);
      const trusted = new MemoryStore(fleet.toReversed(), { inBoardOrder: true }).all();
      expect(trusted.map((account) => account.accountNumber)).toEqual(sorted);
    }
  });
});
