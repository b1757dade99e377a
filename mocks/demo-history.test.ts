import { describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/calendar';
import { generateDemoFleet } from './demo-fleet';
import { demoFleetHistory } from './demo-history';

const today = '2026-11-21';
const options = { seed: 42, today, days: 365, pricePerSeatCents: 1_000 };

describe('the demo fleet history', () => {
  const fleet = generateDemoFleet({ seed: 42, size: 600, today });
  const history = demoFleetHistory(fleet, options);

  it('has one snapshot a day for the year before the fleet was grown, oldest first', () => {
    expect(history).toHaveLength(365);
    expect(history[0]!.day).toBe(addDays(today, -365));
    expect(history.at(-1)!.day).toBe(addDays(today, -1));
  });

  it('is the same for the same seed', () => {
    expect(demoFleetHistory(fleet, options)).toEqual(history);
  });

  it('grows towards the fleet of today: paid accounts never fall and end at the paid accounts upgraded before today', () => {
    const paid = fleet.filter((record) => record.plan === 'paid');
    const paidBefore = paid.filter((record) => record.billingAnchor! < today);
    expect(history.at(-1)!.paidAccounts).toBe(paidBefore.length);
    expect(history.at(-1)!.seats).toBe(paidBefore.reduce((sum, record) => sum + (record.seats ?? 0), 0));
    for (let index = 1; index < history.length; index += 1)
      expect(history[index]!.paidAccounts).toBeGreaterThanOrEqual(history[index - 1]!.paidAccounts);
    expect(history.every((snapshot) => snapshot.mrrCents === snapshot.seats * 1_000)).toBe(true);
    expect(history.every((snapshot) => snapshot.trialsActive > 0 && snapshot.activeUsers > 0)).toBe(true);
  });

  it('is empty for an empty fleet, and cheap for 50,000 accounts', () => {
    expect(demoFleetHistory([], options)).toEqual([]);
    const large = generateDemoFleet({ seed: 7, size: 50_000, today });
    const started = performance.now();
    expect(demoFleetHistory(large, options)).toHaveLength(365);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
