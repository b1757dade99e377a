import { z } from 'zod/mini';
import { historyPageSchema, pageLimitSchema, visibilityScopeSchema } from './contract';

/**
 * Activity's filters (GET /activity and GET /activity/export), the
 * Dashboard's "Needs attention" counts (GET /attention) and the staff
 * member's alerts (GET /alerts, PUT /alerts/settings, POST /alerts/read).
 */

/** The actions history records; the Activity filter offers these (any action-shaped word is accepted). */
export const historyActions = [
  'created',
  'upgraded',
  'trial-extended',
  'trial-ended',
  'trial-expired',
  'seats-added',
  'seats-decrease-scheduled',
  'seats-decreased',
  'seats-decrease-withdrawn',
  'renewed',
  'cancelled',
  'resumed',
  'subscription-ended',
  'removed',
  'restored',
  'deleted',
] as const;

/** A UTC day in the years a history can hold (a year 0 or 10000 is no day PostgreSQL or Date can take). */
const historyDaySchema = z.iso
  .date()
  .check(z.refine((day) => day >= '1970-01-01' && day <= '2999-12-31', 'Choose a day between 1970 and 2999'));

/** Every field left out lets all entries through. */
export const activityFiltersSchema = z.object({
  /** One action, as history records it ("trial-extended"). */
  action: z.optional(
    z.string().check(z.regex(/^[a-z][a-z-]{0,39}$/, 'An action is lower-case words joined by hyphens')),
  ),
  /** One account's entries, by its number. */
  account: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'An account number is letters, digits and hyphens')),
  ),
  /** Who made the change: a staff member's email, or "system". Compared exactly, case aside. */
  actor: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1),
        z.maxLength(254),
        z.regex(/^[^\p{Cc}]*$/u, 'A staff member is an email address, or "system"'),
      ),
  ),
  /** On or after this UTC day. */
  from: z.optional(historyDaySchema),
  /** On or before this UTC day (the whole day). */
  to: z.optional(historyDaySchema),
});
export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

export const activityQuerySchema = z.extend(activityFiltersSchema, {
  limit: pageLimitSchema,
  cursor: z.optional(z.string().check(z.minLength(1))),
});

export const activityPageSchema = z.extend(historyPageSchema, {
  /** Entries that pass the filters, over every page. */
  total: z.int().check(z.nonnegative()),
  /** What those entries charged, in cents, over every page (not only this one); null for a role that may not see billing figures. */
  chargedCents: z.nullable(z.int()),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

/** The Dashboard's "Needs attention" strip; every count is what the linked board shows under its filter. */
export const attentionSchema = z.object({
  /** Counted over the accounts the caller's role sees. */
  scope: visibilityScopeSchema,
  asOf: z.iso.date(),
  /** Active trials whose last day is today (Active Trials, endsWithin=0). */
  trialsEndingToday: z.int().check(z.nonnegative()),
  /** …on or before today + 3 (endsWithin=3), today's included. */
  trialsEndingIn3Days: z.int().check(z.nonnegative()),
  /** …on or before today + 7 (endsWithin=7). */
  trialsEndingIn7Days: z.int().check(z.nonnegative()),
  /** Removed expired trials deleted for good on or before today + 3. */
  deletionsIn3Days: z.int().check(z.nonnegative()),
  /** Paid accounts with more monitored users than seats (overSeats=true). */
  overSeats: z.int().check(z.nonnegative()),
  /** Paid accounts cancelled at the end of this period (cancelling=true). */
  cancellingThisPeriod: z.int().check(z.nonnegative()),
});
export type Attention = z.infer<typeof attentionSchema>;

export const alertKinds = [
  'trials-ending-today',
  'trials-ending-soon',
  'over-seats',
  'cancellations',
  'deletions',
] as const;
export type AlertKind = (typeof alertKinds)[number];

export const alertItemSchema = z.object({
  kind: z.enum(alertKinds),
  /** The digest's day: an item is unread when that day began after the staff member last read. */
  day: z.iso.date(),
  count: z.int().check(z.positive()),
  /** A sentence a person (or a mail) can read. */
  text: z.string(),
  /** The first few accounts concerned, soonest or most urgent first. */
  accounts: z.array(z.object({ accountNumber: z.string(), organizationName: z.string() })),
});
export type AlertItem = z.infer<typeof alertItemSchema>;

export const alertsSchema = z.object({
  scope: visibilityScopeSchema,
  asOf: z.iso.date(),
  /** Whether this staff member turned the daily digest on. */
  digest: z.boolean(),
  lastReadAt: z.nullable(z.iso.datetime({ offset: true })),
  /** Today's digest; empty while the digest is off. */
  items: z.array(alertItemSchema),
  /** Items newer than the last read; 0 while the digest is off. */
  unread: z.int().check(z.nonnegative()),
});
export type Alerts = z.infer<typeof alertsSchema>;

export const alertSettingsBodySchema = z.strictObject({ digest: z.boolean() });
