import { z } from 'zod';
import { accountStatuses, boardStatuses } from '../domain/account-status';

/**
 * The API contract, once. The client parses every response with these
 * schemas, the API application builds its responses to them, and the
 * TypeScript types everywhere are inferred from them.
 */
export const apiPrefix = '/api/v1';

export const accountStatusSchema = z.enum(accountStatuses);
export const boardStatusSchema = z.enum(boardStatuses);

export const accountSchema = z.object({
  accountNumber: z.string().min(1),
  organizationName: z.string(),
  email: z.string(),
  status: accountStatusSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** The trial's last day (a UTC calendar day); null once paid. */
  trialEndsAt: z.iso.date().nullable(),
  monitoredUsers: z.number().int().nonnegative(),
  /** Seats bought; null while on a trial. */
  seats: z.number().int().nonnegative().nullable(),
  /** Opens the customer's own console, already signed in. */
  consoleUrl: z.string().min(1),
});
export type Account = z.infer<typeof accountSchema>;

export const accountPageSchema = z.object({
  items: z.array(accountSchema),
  nextCursor: z.string().nullable(),
  /** Accounts on the whole board, not only this page. */
  total: z.number().int().nonnegative(),
  /** Monitored users over the whole board. */
  monitoredUsersTotal: z.number().int().nonnegative(),
  /** The server's today, which every "days left" on the page counts from. */
  asOf: z.iso.date(),
});
export type AccountPage = z.infer<typeof accountPageSchema>;

export const boardCountsSchema = z.object({
  paid: z.number().int().nonnegative(),
  trial: z.number().int().nonnegative(),
  expired: z.number().int().nonnegative(),
});

export const summarySchema = z.object({
  /** Monitored users over paid accounts: what the MSP is billed for. */
  activeUsers: z.number().int().nonnegative(),
  counts: boardCountsSchema,
  asOf: z.iso.date(),
});
export type Summary = z.infer<typeof summarySchema>;

export const listAccountsQuerySchema = z.object({
  status: boardStatusSchema,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).optional(),
});
export type ListAccountsQuery = z.input<typeof listAccountsQuerySchema>;

/** Strict, so that a misspelt field is refused rather than silently dropped. */
export const createAccountBodySchema = z.strictObject({
  email: z.string(),
  organizationName: z.string(),
});
export type CreateAccountBody = z.infer<typeof createAccountBodySchema>;

/** RFC 9457 problem details, with per-field messages for 422. */
export const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.string()).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const demoSettingsSchema = z.object({
  seed: z.number().int(),
  accounts: z.number().int().nonnegative(),
  /** How many days the demo clock runs ahead of the real one. */
  clockOffsetDays: z.number().int().nonnegative(),
});
