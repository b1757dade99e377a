import { sql, type Kysely } from 'kysely';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import { monthOf, utilisationBuckets, type UtilisationBucket } from '../../src/domain/insights';
import {
  visibilityOf,
  type FleetInsights,
  type FleetSnapshot,
  type InsightsQuery,
  type Scope,
} from '../store/account-record';
import type { Database } from './schema';
import { acrossMsps, scoped } from './scoped';

/**
 * Insights in SQL: every figure is an aggregate the database computes over
 * one MSP's index entries; no query returns more rows than the chart shows.
 */

export async function mspsWithoutSnapshot(db: Kysely<Database>, day: IsoDay): Promise<string[]> {
  const rows = await db
    .selectFrom('msps')
    .select('id')
    .where('id', 'not in', acrossMsps.snapshots(db).select('msp_id').where('day', '=', day))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * One statement: the figures as summary() counts them, inserted unless the
 * day already has its row, so two processes settling at once write it once.
 */
export async function recordSnapshot(
  db: Kysely<Database>,
  scope: Scope,
  day: IsoDay,
  pricePerSeatCents: number,
): Promise<void> {
  await db
    .insertInto('fleet_snapshots')
    .columns([
      'msp_id',
      'day',
      'active_users',
      'paid_accounts',
      'seats',
      'mrr_cents',
      'trials_active',
      'trials_expired',
      'over_seats',
    ])
    .expression(
      scoped.accounts(db, scope).select([
        sql<string>`${scope.mspId}::text`.as('msp_id'),
        sql<IsoDay>`${day}::date`.as('day'),
        sql<string>`coalesce(sum(monitored_users) filter (where plan = 'paid'), 0)`.as('active_users'),
        sql<number>`count(*) filter (where plan = 'paid')`.as('paid_accounts'),
        sql<string>`coalesce(sum(seats) filter (where plan = 'paid'), 0)`.as('seats'),
        sql<string>`coalesce(sum(coalesce(pending_seats, seats, 0)) filter (where plan = 'paid' and cancels_on is null), 0)
          * ${pricePerSeatCents}::bigint`.as('mrr_cents'),
        sql<number>`count(*) filter (where plan = 'trial' and trial_ends_at >= ${day}::date)`.as('trials_active'),
        sql<number>`count(*) filter (where plan = 'trial' and (trial_ends_at < ${day}::date or trial_ends_at is null))`.as(
          'trials_expired',
        ),
        sql<number>`count(*) filter (where plan = 'paid' and monitored_users > coalesce(seats, 0))`.as('over_seats'),
      ]),
    )
    .onConflict((conflict) => conflict.columns(['msp_id', 'day']).doNothing())
    .execute();
}

/** The same quarters as utilisationBucket in src/domain/insights.ts, in integer arithmetic. */
const bucketExpression = sql<UtilisationBucket>`case
  when monitored_users > coalesce(seats, 0) then 'over'
  when monitored_users * 4 < coalesce(seats, 0) then 'under-25'
  when monitored_users * 2 < coalesce(seats, 0) then '25-49'
  when monitored_users * 4 < coalesce(seats, 0) * 3 then '50-74'
  else '75-100' end`;

export async function insights(db: Kysely<Database>, scope: Scope, query: InsightsQuery): Promise<FleetInsights> {
  const { today, from } = query;
  // Snapshots are the whole MSP's figures: only a scope that sees every account is shown them.
  const snapshotRows =
    visibilityOf(scope) === 'all'
      ? await scoped
          .snapshots(db, scope)
          .selectAll()
          .where('day', '>=', from)
          .where('day', '<=', today)
          .orderBy('day')
          .execute()
      : [];

  // accounts_trial_pipeline: this MSP's active trials only.
  const pipelineRows = await scoped
    .accounts(db, scope)
    .select([
      sql<number>`(trial_ends_at - ${today}::date)::int`.as('daysLeft'),
      sql<IsoDay>`to_char(date_trunc('week', created_at at time zone 'UTC'), 'YYYY-MM-DD')`.as('createdWeek'),
      sql<number>`count(*)::int`.as('trials'),
    ])
    .where('plan', '=', 'trial')
    .where('trial_ends_at', '>=', today)
    .groupBy(['daysLeft', 'createdWeek'])
    .orderBy('daysLeft')
    .orderBy('createdWeek')
    .execute();

  // accounts_cohorts: this MSP's accounts created in the range's months.
  const cohortRows = await scoped
    .accounts(db, scope)
    .select([
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM')`.as('month'),
      sql<number>`count(*)::int`.as('created'),
      sql<number>`(count(*) filter (where billing_anchor is not null))::int`.as('converted'),
    ])
    .where('created_at', '>=', new Date(`${monthOf(from)}-01T00:00:00Z`))
    .where('created_at', '<', new Date(`${addDays(today, 1)}T00:00:00Z`))
    .groupBy('month')
    .orderBy('month')
    .execute();

  // accounts_status: an index-only pass over this MSP's paid accounts.
  const utilisationRows = await scoped
    .accounts(db, scope)
    .select([
      bucketExpression.as('bucket'),
      sql<number>`count(*)::int`.as('accounts'),
      sql<string>`coalesce(sum(seats), 0)::bigint`.as('seats'),
      sql<string>`coalesce(sum(monitored_users), 0)::bigint`.as('monitoredUsers'),
    ])
    .where('plan', '=', 'paid')
    .groupBy('bucket')
    .execute();
  const byBucket = new Map(utilisationRows.map((row) => [row.bucket, row]));

  return {
    snapshots: snapshotRows.map((row): FleetSnapshot => ({
      day: row.day,
      activeUsers: Number(row.active_users),
      paidAccounts: row.paid_accounts,
      seats: Number(row.seats),
      mrrCents: Number(row.mrr_cents),
      trialsActive: row.trials_active,
      trialsExpired: row.trials_expired,
      overSeats: row.over_seats,
    })),
    pipeline: pipelineRows,
    cohorts: cohortRows,
    utilisation: utilisationBuckets.map((bucket) => {
      const row = byBucket.get(bucket);
      return {
        bucket,
        accounts: row?.accounts ?? 0,
        seats: Number(row?.seats ?? 0),
        monitoredUsers: Number(row?.monitoredUsers ?? 0),
      };
    }),
  };
}
