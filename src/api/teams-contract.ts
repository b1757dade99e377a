import { z } from 'zod/mini';
import { hasHiddenNameCharacter } from '../domain/hidden-characters';
import { bulkAssignmentBodySchema, staffSummarySchema } from './assignments-contract';

/**
 * Teams of staff (Admins): accounts assigned to a team are seen by every
 * technician in it. Kept apart from team-contract.ts (staff and invites) and
 * assignments-contract.ts (accounts assigned to one staff member).
 */

/** A team id as the API hands them out: short, plain text (a database UUID or the demo's ids). */
export const teamIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Choose a team'));

export const TEAM_NAME_MAX = 80;

export const teamNameField = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter a name for the team'),
  z.maxLength(TEAM_NAME_MAX, `Use at most ${TEAM_NAME_MAX} characters`),
  z.refine((name) => !hasHiddenNameCharacter(name), 'The name contains a hidden or control character'),
);

export const staffTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Its active staff members, by name. */
  members: z.array(staffSummarySchema),
  /** How many of the MSP's accounts are assigned to the team. */
  accountCount: z.int().check(z.nonnegative()),
});
export type StaffTeam = z.infer<typeof staffTeamSchema>;

export const staffTeamsSchema = z.object({ teams: z.array(staffTeamSchema) });
export type StaffTeams = z.infer<typeof staffTeamsSchema>;

/** Creating or renaming a team. */
export const teamBodySchema = z.strictObject({ name: teamNameField });
export type TeamBody = z.input<typeof teamBodySchema>;

/** The teams an account is assigned to, as its page lists them. */
export const teamRefSchema = z.object({ id: z.string(), name: z.string() });
export type TeamRef = z.infer<typeof teamRefSchema>;
export const accountTeamsSchema = z.object({ teams: z.array(teamRefSchema) });
export type AccountTeams = z.infer<typeof accountTeamsSchema>;

/** Many accounts at once to (or from) a team, from a board's selection; answered like staff assignment. */
export const bulkTeamAssignmentBodySchema = z.strictObject({
  teamId: teamIdSchema,
  accountNumbers: bulkAssignmentBodySchema.shape.accountNumbers,
  assigned: z.boolean(),
});
export type BulkTeamAssignmentBody = z.infer<typeof bulkTeamAssignmentBodySchema>;
