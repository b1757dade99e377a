import { z } from 'zod/mini';
import type { BoardStatus } from '../domain/account-status';
import { accountRules } from '../domain/account-rules';
import type { Permission } from '../domain/permissions';

/**
 * Bulk actions and exports: one lifecycle action applied to many accounts,
 * each in its own atomic update, answered account by account.
 */
export const bulkActions = ['extendTrial', 'endTrial', 'removeExpired'] as const;
export const bulkActionSchema = z.enum(bulkActions);
export type BulkAction = z.infer<typeof bulkActionSchema>;

/** The boards each action fits (the console offers it there; "all matching" another board is a 422). */
export const bulkActionBoards: Record<BulkAction, readonly BoardStatus[]> = {
  extendTrial: ['trial', 'expired'],
  endTrial: ['trial'],
  removeExpired: ['expired'],
};

/** The permission each action needs, as its single action does: the API checks it, the console hides the rest. */
export const bulkActionPermissions: Record<BulkAction, Permission> = {
  extendTrial: 'extend-trial',
  endTrial: 'end-trial',
  removeExpired: 'remove',
};

/**
 * At most this many accounts are acted on per request: a larger set is worked
 * through in chunks (explicit numbers, or a continuation cursor), so the
 * console can show "400 of 1,000" and no request runs for minutes.
 */
export const BULK_CHUNK_SIZE = 100;

/**
 * POST /accounts/bulk. Either `accountNumbers` (up to one chunk), or
 * `matching`: a board query exactly as GET /accounts takes it (status, q,
 * filters; its sort, limit and cursor are ignored: the set is walked newest
 * first, a stable order no action changes), with the `cursor` of the previous
 * answer to go on.
 */
export const bulkRequestSchema = z
  .strictObject({
    action: bulkActionSchema,
    /** extendTrial only: one of the allowed lengths. */
    days: z.optional(z.int()),
    accountNumbers: z.optional(
      z.array(z.string().check(z.maxLength(40))).check(z.minLength(1), z.maxLength(BULK_CHUNK_SIZE)),
    ),
    matching: z.optional(z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(200)))),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
    /** `matching` only: accounts to act on in this request (the console asks for smaller chunks to show progress sooner). */
    limit: z.optional(z.int().check(z.gte(1), z.lte(BULK_CHUNK_SIZE))),
  })
  .check(
    z.superRefine((body, context) => {
      if ((body.accountNumbers === undefined) === (body.matching === undefined))
        context.addIssue({
          code: 'custom',
          path: ['accountNumbers'],
          message: 'Give either the account numbers or the board query to match',
        });
      if (body.cursor !== undefined && body.matching === undefined)
        context.addIssue({ code: 'custom', path: ['cursor'], message: 'A cursor goes with a board query' });
      if (body.limit !== undefined && body.matching === undefined)
        context.addIssue({ code: 'custom', path: ['limit'], message: 'A chunk size goes with a board query' });
      if (body.action === 'extendTrial') {
        if (body.days === undefined || !(accountRules.trialExtensionDays as readonly number[]).includes(body.days))
          context.addIssue({
            code: 'custom',
            path: ['days'],
            message: `Extend by ${accountRules.trialExtensionDays.join(', ')} days`,
          });
      } else if (body.days !== undefined)
        context.addIssue({ code: 'custom', path: ['days'], message: 'Only an extension takes days' });
    }),
  );
export type BulkRequest = z.infer<typeof bulkRequestSchema>;

export const bulkOutcomeSchema = z.object({
  action: bulkActionSchema,
  succeeded: z.array(z.object({ accountNumber: z.string(), organizationName: z.string() })),
  /** Each account the rules refused, with the status and sentence its single action would have answered. */
  refused: z.array(
    z.object({
      accountNumber: z.string(),
      organizationName: z.nullable(z.string()),
      status: z.int(),
      title: z.string(),
    }),
  ),
  /** `matching` only: where the next chunk starts, or null when the set is done. */
  nextCursor: z.nullable(z.string()),
  /** `matching` only: how many accounts matched when this chunk was read (the first chunk's is the whole set). */
  matched: z.nullable(z.int().check(z.nonnegative())),
});
export type BulkOutcome = z.infer<typeof bulkOutcomeSchema>;

/** GET /billing/reconciliation.csv?month=YYYY-MM */
export const billingMonthQuerySchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM')),
});

/** The board export's columns, in order. */
export const boardExportColumns = [
  'Account number',
  'Organization',
  'Email',
  'Status',
  'Created (UTC)',
  'Trial ends',
  'Monitored users',
  'Seats',
  'Pending seats',
  'Renews on',
  'Cancels on',
  'Next charge',
] as const;

/** The billing reconciliation's columns, in order; amounts are decimal dollars ("1234.50"). */
export const billingExportColumns = [
  'Month',
  'Account number',
  'Organization',
  'Status',
  'Seats',
  'Monitored users',
  'First month at upgrade',
  'Renewals',
  'Prorated seat additions',
  'Other charges',
  'Total charged',
  'Next invoice',
  'Renews on',
] as const;
