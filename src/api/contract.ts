import { z } from 'zod/mini';
import { accountStatuses, boardStatuses } from '../domain/account-status';
import { insightRanges, utilisationBuckets } from '../domain/insights';
import { roles, visibilities } from '../domain/permissions';

/**
 * The API contract, once. The client parses every response with these
 * schemas, the API application builds its responses to them, and the
 * TypeScript types everywhere are inferred from them. Written with zod/mini's
 * functions rather than classic zod's methods: the same checks, but only what
 * is used is bundled, and the first board parses its answers with these.
 */
export const apiPrefix = '/api/v1';

export const accountStatusSchema = z.enum(accountStatuses);
export const boardStatusSchema = z.enum(boardStatuses);

export const accountSchema = z.object({
  accountNumber: z.string().check(z.minLength(1)),
  organizationName: z.string(),
  email: z.string(),
  status: accountStatusSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** The trial's last day (a UTC calendar day); null once paid. */
  trialEndsAt: z.nullable(z.iso.date()),
  monitoredUsers: z.int().check(z.nonnegative()),
  /** Seats bought; null while on a trial. */
  seats: z.nullable(z.int().check(z.nonnegative())),
  /** Opens the customer's own console, already signed in. */
  consoleUrl: z.string().check(z.minLength(1)),
  /** The day it became paid: its monthly billing periods count from here. */
  paidSince: z._default(z.nullable(z.iso.date()), null),
  periodStart: z._default(z.nullable(z.iso.date()), null),
  /** First day of the next billing period. */
  renewsOn: z._default(z.nullable(z.iso.date()), null),
  /** A seat decrease that applies on `renewsOn`. */
  pendingSeats: z._default(z.nullable(z.int().check(z.positive())), null),
  /** Set once cancelled: paid until the day before, cancelled from it. */
  cancelsOn: z._default(z.nullable(z.iso.date()), null),
  /** What its next period will bill, in cents; null when nothing will be billed. */
  nextChargeCents: z._default(z.nullable(z.int().check(z.nonnegative())), null),
  /** The day it was cancelled or removed. */
  endedOn: z._default(z.nullable(z.iso.date()), null),
  /** The day it is deleted for good, when cancelled or removed. */
  deleteAfter: z._default(z.nullable(z.iso.date()), null),
});
export type Account = z.infer<typeof accountSchema>;

/**
 * Which accounts an answer counts (src/domain/permissions.ts): all of the
 * MSP's, or only what the caller's role sees. Every list, total and figure
 * says so, and the console shows it.
 */
export const visibilityScopeSchema = z._default(z.enum(visibilities), 'all');

export const accountPageSchema = z.object({
  scope: visibilityScopeSchema,
  items: z.array(accountSchema),
  nextCursor: z.nullable(z.string()),
  /** Accounts on the whole board that match the search and filters, not only this page. */
  total: z.int().check(z.nonnegative()),
  /** Monitored users over the whole board. */
  monitoredUsersTotal: z.int().check(z.nonnegative()),
  /** Accounts on the board before search and filters ("42 of 5,000"); equal to `total` without them. */
  boardTotal: z.optional(z.int().check(z.nonnegative())),
  /** The server's today, which every "days left" on the page counts from. */
  asOf: z.iso.date(),
});
export type AccountPage = z.infer<typeof accountPageSchema>;

export const boardCountsSchema = z.object({
  paid: z.int().check(z.nonnegative()),
  trial: z.int().check(z.nonnegative()),
  expired: z.int().check(z.nonnegative()),
});

export const summarySchema = z.object({
  /** Monitored users over paid accounts: what the MSP is billed for. */
  activeUsers: z.int().check(z.nonnegative()),
  counts: boardCountsSchema,
  asOf: z.iso.date(),
  scope: visibilityScopeSchema,
  /**
   * What the next periods of all paid accounts will bill: pending decreases applied, cancellations left out.
   * Null for a role that may not see billing figures.
   */
  nextInvoiceCents: z._default(z.nullable(z.int().check(z.nonnegative())), 0),
  /** Paid accounts with more monitored users than seats. */
  overSeats: z._default(z.int().check(z.nonnegative()), 0),
  /** Cancelled and removed accounts waiting to be deleted. */
  ended: z._default(z.int().check(z.nonnegative()), 0),
  pricePerSeatCents: z._default(z.int().check(z.nonnegative()), 0),
});
export type Summary = z.infer<typeof summarySchema>;

/**
 * A page size in a query string, as plain digits: z.coerce.number() would
 * also read "0x10", "1e2" and " 5".
 */
export const pageLimitSchema = z._default(
  z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,4}$/, 'Enter a whole number from 1 to 200')), z.transform(Number)),
    z.int().check(z.gte(1), z.lte(200)),
  ),
  50,
);

/**
 * How a board can be ordered. Each has one direction, the one its users
 * want: newest first, name A–Z, most monitored users first, trial end soonest
 * first, most seats first, largest next charge first. Ties go by account
 * number (in the same direction), so every order is total and pages by keyset.
 */
export const accountSorts = ['newest', 'name', 'users', 'trialEnd', 'seats', 'nextCharge'] as const;
export const accountSortSchema = z.enum(accountSorts);
export type AccountSort = z.infer<typeof accountSortSchema>;

/** Filters that only make sense on one board (the others apply to every board). */
export const boardFilters = ['endsWithin', 'overSeats', 'pendingDecrease', 'cancelling'] as const;
export type BoardFilter = (typeof boardFilters)[number];

/** "Ends within N days": 0 is today. */
export const endsWithinDays = [0, 3, 7, 14] as const;

/**
 * What each board can be sorted and filtered by, and the order it opens in.
 * Active Trials opens with the trial ending soonest (what needs a call today);
 * Paid Subscriptions with the largest next charge (the accounts that make up
 * the invoice, and whose billing problems cost most); Expired Trials with the
 * most monitored users (the biggest accounts squeezed by Freemium's limit: the
 * best upgrade prospects).
 */
export const boardQueryRules = {
  paid: {
    defaultSort: 'nextCharge',
    sorts: ['nextCharge', 'newest', 'name', 'users', 'seats'],
    filters: ['overSeats', 'pendingDecrease', 'cancelling'],
  },
  trial: { defaultSort: 'trialEnd', sorts: ['trialEnd', 'newest', 'name', 'users'], filters: ['endsWithin'] },
  expired: { defaultSort: 'users', sorts: ['users', 'newest', 'name'], filters: [] },
} as const satisfies Record<
  z.infer<typeof boardStatusSchema>,
  { defaultSort: AccountSort; sorts: readonly AccountSort[]; filters: readonly BoardFilter[] }
>;

const flagSchema = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value) => value === 'true'),
);
const userCountSchema = z.pipe(z.coerce.number(), z.int().check(z.gte(0), z.lte(10_000_000)));

export const listAccountsQuerySchema = z.object({
  status: boardStatusSchema,
  limit: pageLimitSchema,
  cursor: z.optional(z.string().check(z.minLength(1))),
  /** Words that must all occur in the organization name, the email or the account number (case and accents ignored). */
  q: z.optional(z.string().check(z.maxLength(100))),
  /** Defaults to the board's own order (boardQueryRules). */
  sort: z.optional(accountSortSchema),
  /** Active Trials: trials whose last day is at most this many days away (0: today). */
  endsWithin: z.optional(
    z.pipe(
      z.coerce.number(),
      z.int().check(z.refine((days) => (endsWithinDays as readonly number[]).includes(days), 'One of 0, 3, 7 or 14')),
    ),
  ),
  /** Paid: more monitored users than seats. */
  overSeats: z.optional(flagSchema),
  /** Paid: a seat decrease waiting for the next period. */
  pendingDecrease: z.optional(flagSchema),
  /** Paid: cancelled, paid until the period ends. */
  cancelling: z.optional(flagSchema),
  /** Created on or after this UTC day. */
  createdFrom: z.optional(z.iso.date()),
  /** Created on or before this UTC day. */
  createdTo: z.optional(z.iso.date()),
  /** At least this many monitored users. */
  usersMin: z.optional(userCountSchema),
  /** At most this many monitored users. */
  usersMax: z.optional(userCountSchema),
});
export type ListAccountsQuery = z.input<typeof listAccountsQuerySchema>;

/** Strict, so that a misspelt field is refused rather than silently dropped. */
export const createAccountBodySchema = z.strictObject({
  email: z.string(),
  organizationName: z.string(),
});
export type CreateAccountBody = z.infer<typeof createAccountBodySchema>;

/** GET /organization-names?name=…: this MSP's accounts already called that (case and spaces folded). */
export const organizationNameQuerySchema = z.object({ name: z.string().check(z.trim(), z.minLength(1)) });
export const organizationNameUseSchema = z.object({
  accounts: z.array(z.object({ accountNumber: z.string(), organizationName: z.string(), status: accountStatusSchema })),
});
export type OrganizationNameUse = z.infer<typeof organizationNameUseSchema>;

/** RFC 9457 problem details, with per-field messages for 422. */
export const problemSchema = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.record(z.string(), z.string())),
});
export type Problem = z.infer<typeof problemSchema>;

export const seatsBodySchema = z.strictObject({ seats: z.int() });
export const extendTrialBodySchema = z.strictObject({ days: z.int() });

/** What an action answers: the account as it now is, and what was charged for it. */
export const actionResultSchema = z.object({
  account: accountSchema,
  chargeCents: z.nullable(z.int().check(z.nonnegative())),
});
export type ActionResult = z.infer<typeof actionResultSchema>;

export const seatChangePreviewSchema = z.object({
  currentSeats: z.int(),
  newSeats: z.int(),
  effective: z.enum(['now', 'next-period', 'no-change']),
  effectiveOn: z.iso.date(),
  chargeCents: z.int().check(z.nonnegative()),
  daysLeft: z.int(),
  daysInPeriod: z.int().check(z.positive()),
  nextPeriodChargeCents: z.int().check(z.nonnegative()),
});
export type SeatChangePreview = z.infer<typeof seatChangePreviewSchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  accountNumber: z.string(),
  organizationName: z.string(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  action: z.string(),
  /** The server's own wording, for exports and mail; the console writes its sentence from the fields. */
  summary: z.string(),
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
  chargeCents: z.nullable(z.int()),
  /** For a change time brought: the UTC calendar day it took effect (`at` is that day's midnight UTC). */
  effectiveOn: z.nullable(z.iso.date()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPageSchema = z.object({
  scope: visibilityScopeSchema,
  items: z.array(historyEntrySchema),
  nextCursor: z.nullable(z.string()),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

export const endedPageSchema = z.object({
  scope: visibilityScopeSchema,
  items: z.array(accountSchema),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
  asOf: z.iso.date(),
});
export type EndedPage = z.infer<typeof endedPageSchema>;

export const pageQuerySchema = z.object({
  limit: pageLimitSchema,
  cursor: z.optional(z.string().check(z.minLength(1))),
});

/** An account's data as downloaded: its facts and its whole history. */
export const accountExportSchema = z.object({
  exportedAt: z.iso.datetime({ offset: true }),
  account: accountSchema,
  history: z.array(historyEntrySchema),
});

export const demoSettingsSchema = z.object({
  seed: z.int(),
  accounts: z.int().check(z.nonnegative()),
  /** How many days the demo clock runs ahead of the real one. */
  clockOffsetDays: z.int().check(z.nonnegative()),
  /** Whose eyes the demo shows the console through ("View as" in the demo controls). */
  viewAs: z._default(z.enum(roles), 'admin'),
});

/** Insights: `range` is how many days, ending today, the snapshots and cohorts cover. */
export const insightsQuerySchema = z.object({
  range: z.pipe(z._default(z.enum(insightRanges.map(String) as ['30', '90', '365']), '30'), z.transform(Number)),
});

/** One day of an MSP's fleet, as the daily settle recorded it. */
export const fleetSnapshotSchema = z.object({
  day: z.iso.date(),
  /** Billable Active Users: monitored users over paid accounts. */
  activeUsers: z.int().check(z.nonnegative()),
  paidAccounts: z.int().check(z.nonnegative()),
  seats: z.int().check(z.nonnegative()),
  /** Monthly recurring revenue: the next period's seats × price, in cents. */
  mrrCents: z.int().check(z.nonnegative()),
  trialsActive: z.int().check(z.nonnegative()),
  trialsExpired: z.int().check(z.nonnegative()),
  overSeats: z.int().check(z.nonnegative()),
});
export type FleetSnapshot = z.infer<typeof fleetSnapshotSchema>;

export const insightsSchema = z.object({
  /** With a scope other than 'all', the MSP-wide snapshots are left out. */
  scope: visibilityScopeSchema,
  asOf: z.iso.date(),
  range: z.int().check(z.positive()),
  /** The first day the range covers. */
  from: z.iso.date(),
  /** Oldest first; a day the settle did not run on is missing, not zero. */
  snapshots: z.array(fleetSnapshotSchema),
  /** Active trials now, by days left (0 = ends today) and the week (its Monday) they were created in. */
  trialPipeline: z.array(
    z.object({
      daysLeft: z.int().check(z.nonnegative()),
      createdWeek: z.iso.date(),
      trials: z.int().check(z.positive()),
    }),
  ),
  /** Every month of the range: accounts created in it, how many of them became paid, and the share. */
  cohorts: z.array(
    z.object({
      month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
      created: z.int().check(z.nonnegative()),
      converted: z.int().check(z.nonnegative()),
      rate: z.number().check(z.gte(0), z.lte(1)),
    }),
  ),
  /** Paid accounts now, by monitored users ÷ seats; every bucket, in order. */
  utilisation: z.array(
    z.object({
      bucket: z.enum(utilisationBuckets),
      accounts: z.int().check(z.nonnegative()),
      seats: z.int().check(z.nonnegative()),
      monitoredUsers: z.int().check(z.nonnegative()),
    }),
  ),
});
export type Insights = z.infer<typeof insightsSchema>;
/** "Open account": a link to the customer's console carrying a token for one use within 2 minutes. */
export const openAccountResultSchema = z.object({
  url: z.string().check(z.minLength(1)),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type OpenAccountResult = z.infer<typeof openAccountResultSchema>;

/** What the customer's console sends to redeem the token, and learns from it. */
export const redeemOpenAccountBodySchema = z.strictObject({ token: z.string().check(z.maxLength(200)) });
export const openAccountGrantSchema = z.object({
  mspId: z.string(),
  accountNumber: z.string(),
  staffEmail: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});

export const auditEventSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export const auditEventsSchema = z.object({ items: z.array(auditEventSchema) });
