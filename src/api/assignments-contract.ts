import { z } from 'zod/mini';
import { roles } from '../domain/permissions';

/**
 * Assigning accounts to staff (Admins): a technician sees only the accounts
 * assigned to them. Kept apart from contract.ts (the accounts themselves).
 */
export const staffSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  role: z.enum(roles),
});
export type StaffSummary = z.infer<typeof staffSummarySchema>;

/** The staff an account is assigned to, or whom accounts can be assigned to. */
export const staffListSchema = z.object({ staff: z.array(staffSummarySchema) });
export type StaffList = z.infer<typeof staffListSchema>;

/** A staff id as the API hands them out: short, plain text (a database id or the demo's names). */
export const staffIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Choose a staff member'));

/** Many accounts at once, from a board's selection. */
export const bulkAssignmentBodySchema = z.strictObject({
  staffId: staffIdSchema,
  accountNumbers: z
    .array(z.string().check(z.regex(/^AC-\d{6,9}$/, 'Not an account number')))
    .check(z.minLength(1, 'Choose at least one account'), z.maxLength(500, 'Assign at most 500 accounts at once')),
  assigned: z.boolean(),
});
export type BulkAssignmentBody = z.infer<typeof bulkAssignmentBodySchema>;

export const bulkAssignmentResultSchema = z.object({
  /** Accounts whose assignment changed. */
  changed: z.array(z.string()),
  /** Accounts that do not exist (or that the caller does not see): left alone. */
  notFound: z.array(z.string()),
});
export type BulkAssignmentResult = z.infer<typeof bulkAssignmentResultSchema>;
