import { deriveStatus } from '../../src/domain/account-status';
import { dayOf, daysBetween } from '../../src/domain/calendar';
import { monthOf, utilisationBucket, utilisationBuckets, weekStart } from '../../src/domain/insights';
import type { AccountRecord, FleetInsights, InsightsQuery, Scope } from './account-record';

/**
 * The pipeline, cohorts and utilisation of one MSP in one pass over its
 * accounts: what the SQL store answers with three grouped queries.
 */
export function fleetInsightsOf(
  records: Iterable<AccountRecord>,
  scope: Scope,
  { today, from }: InsightsQuery,
): Omit<FleetInsights, 'snapshots'> {
  const pipeline = new Map<string, { daysLeft: number; createdWeek: string; trials: number }>();
  const cohorts = new Map<string, { month: string; created: number; converted: number }>();
  const utilisation = new Map(
    utilisationBuckets.map((bucket) => [bucket, { bucket, accounts: 0, seats: 0, monitoredUsers: 0 }]),
  );
  const firstMonth = monthOf(from);
  for (const record of records) {
    if (record.mspId !== scope.mspId) continue;
    const createdDay = dayOf(record.createdAt);
    const status = deriveStatus(record.plan, record.trialEndsAt, today);
    if (status === 'trial' && record.trialEndsAt !== null) {
      const daysLeft = daysBetween(today, record.trialEndsAt);
      const createdWeek = weekStart(createdDay);
      const key = `${daysLeft}|${createdWeek}`;
      const entry = pipeline.get(key) ?? { daysLeft, createdWeek, trials: 0 };
      entry.trials += 1;
      pipeline.set(key, entry);
    }
    const month = monthOf(createdDay);
    if (month >= firstMonth && createdDay <= today) {
      const cohort = cohorts.get(month) ?? { month, created: 0, converted: 0 };
      cohort.created += 1;
      if (record.billingAnchor !== null) cohort.converted += 1;
      cohorts.set(month, cohort);
    }
    if (status === 'paid') {
      const seats = record.seats ?? 0;
      const bucket = utilisation.get(utilisationBucket(record.monitoredUsers, seats))!;
      bucket.accounts += 1;
      bucket.seats += seats;
      bucket.monitoredUsers += record.monitoredUsers;
    }
  }
  return {
    pipeline: [...pipeline.values()].sort(
      (a, b) => a.daysLeft - b.daysLeft || (a.createdWeek < b.createdWeek ? -1 : 1),
    ),
    cohorts: [...cohorts.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    utilisation: [...utilisation.values()],
  };
}
