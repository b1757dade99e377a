import { addDays, type IsoDay } from '../src/domain/calendar';
import type { AccountRecord, FleetSnapshot } from '../server/store/account-record';
import { seededRandom } from './random';

/**
 * A year of daily snapshots for a demo fleet, so Insights has a history on
 * the first visit. Paid figures are replayed from the fleet itself (an
 * account counts from the day it became paid); trials, which the fleet only
 * has for the last two months, swing around today's count by weekday and
 * season. Deterministic for a seed; one pass over the fleet plus one a day.
 */
export function demoFleetHistory(
  records: readonly AccountRecord[],
  options: { seed: number; today: IsoDay; days: number; pricePerSeatCents: number },
): FleetSnapshot[] {
  if (records.length === 0) return [];
  const { today, days } = options;
  // What joined on each day (index = days before today); index `days` holds everything older.
  const joined = Array.from({ length: days + 1 }, () => ({ accounts: 0, users: 0, seats: 0, over: 0 }));
  // Day → slot by lookup: no date arithmetic per account.
  const slotOf = new Map(Array.from({ length: days }, (_, ago) => [addDays(today, -ago), ago]));
  const oldest = addDays(today, -days);
  let trialsActive = 0;
  let trialsExpired = 0;
  for (const record of records) {
    if (record.plan === 'trial') {
      if (record.trialEndsAt !== null && record.trialEndsAt >= today) trialsActive += 1;
      else trialsExpired += 1;
    }
    if (record.plan !== 'paid' || record.billingAnchor === null) continue;
    const anchor = record.billingAnchor;
    const slot = joined[anchor <= oldest ? days : (slotOf.get(anchor) ?? 0)]!;
    slot.accounts += 1;
    slot.users += record.monitoredUsers;
    slot.seats += record.seats ?? 0;
    if (record.monitoredUsers > (record.seats ?? 0)) slot.over += 1;
  }

  const random = seededRandom(options.seed ^ 0x5eed);
  const running = { accounts: 0, users: 0, seats: 0, over: 0 };
  const snapshots: FleetSnapshot[] = [];
  // Oldest first; each day counts everything that became paid on or before it.
  for (let ago = days; ago >= 1; ago -= 1) {
    const slot = joined[ago]!;
    running.accounts += slot.accounts;
    running.users += slot.users;
    running.seats += slot.seats;
    running.over += slot.over;
    const day = addDays(today, -ago);
    // Accounts had fewer users when they were younger: up to 6% fewer a year back, with a little daily noise.
    const usersFactor = 1 - (0.06 * ago) / days + (random() - 0.5) * 0.004;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const trialWave = 0.85 + 0.15 * Math.sin((2 * Math.PI * ago) / 91) + (weekday === 1 ? 0.04 : 0) + random() * 0.05;
    const seats = running.seats;
    snapshots.push({
      day,
      activeUsers: Math.round(running.users * usersFactor),
      paidAccounts: running.accounts,
      seats,
      mrrCents: seats * options.pricePerSeatCents,
      trialsActive: Math.round(trialsActive * trialWave),
      trialsExpired: Math.round(trialsExpired * (0.7 + (0.3 * (days - ago)) / days)),
      overSeats: running.over,
    });
  }
  return snapshots;
}
