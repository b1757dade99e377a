import { z } from 'zod/mini';
import { emailProblem } from '../domain/email';
import { hasHiddenNameCharacter } from '../domain/hidden-characters';
import { PASSWORD_MAX_LENGTH } from '../domain/password-rules';
import { roles } from '../domain/permissions';

/**
 * Staff administration (the Team page), invitations, one's own sessions and
 * the first start's setup. Kept apart from contract.ts (the accounts).
 */
export const roleSchema = z.enum(roles);

export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  email: z.string(),
  role: roleSchema,
  status: z.enum(['active', 'deactivated']),
  /** The latest request of any of their sessions; null if they never signed in (or all sessions ended). */
  lastSeenAt: z.nullable(z.iso.datetime({ offset: true })),
  createdAt: z.iso.datetime({ offset: true }),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const inviteSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Invite = z.infer<typeof inviteSchema>;

export const teamSchema = z.object({ staff: z.array(staffMemberSchema), invites: z.array(inviteSchema) });
export type Team = z.infer<typeof teamSchema>;

const emailField = z.pipe(
  z.string().check(
    z.maxLength(320),
    z.superRefine((email, context) => {
      const problem = emailProblem(email);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  ),
  z.transform((email) => email.trim()),
);

const nameField = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter a name'),
  z.maxLength(100, 'Use at most 100 characters'),
  z.refine((name) => !hasHiddenNameCharacter(name), 'Name contains a hidden or control character'),
);

/** Checked for its rules by the server (passwordProblem): here only its type and an upper bound. */
const passwordField = z.string().check(z.maxLength(PASSWORD_MAX_LENGTH * 4));

export const inviteBodySchema = z.strictObject({ email: emailField, role: roleSchema });
export type InviteBody = z.input<typeof inviteBodySchema>;

/** The invite as created: the link is in this answer only (the server keeps its hash). */
export const createdInviteSchema = z.object({ invite: inviteSchema, link: z.string() });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

export const changeRoleBodySchema = z.strictObject({ role: roleSchema });

/** What the invitee sees before accepting. */
export const invitationSchema = z.object({
  email: z.string(),
  role: roleSchema,
  mspName: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const acceptInviteBodySchema = z.strictObject({ name: nameField, password: passwordField });
export type AcceptInviteBody = z.input<typeof acceptInviteBodySchema>;

export const ownSessionSchema = z.object({
  id: z.string(),
  /** "Firefox on Windows", read from the User-Agent at sign-in. */
  device: z.string(),
  client: z.nullable(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  current: z.boolean(),
});
export type OwnSession = z.infer<typeof ownSessionSchema>;
export const ownSessionsSchema = z.object({ items: z.array(ownSessionSchema) });

export const changePasswordBodySchema = z.strictObject({
  currentPassword: passwordField,
  newPassword: passwordField,
});
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;

export const setupStateSchema = z.object({
  /** True until the first Admin exists. */
  open: z.boolean(),
  /** From another machine than the server's, the setup code printed in its log is asked for. */
  codeRequired: z.boolean(),
});
export type SetupState = z.infer<typeof setupStateSchema>;

export const setupBodySchema = z.strictObject({
  mspName: nameField,
  name: nameField,
  email: emailField,
  password: passwordField,
  code: z.optional(z.string().check(z.maxLength(64))),
});
export type SetupBody = z.input<typeof setupBodySchema>;

/** The audit actions of staff administration and sign-in: what the Activity page's "Staff and sign-in events" shows. */
export const staffAuditActions = [
  'setup-completed',
  'sign-in-succeeded',
  'sign-in-failed',
  'staff-invited',
  'invite-revoked',
  'invite-accepted',
  'staff-role-changed',
  'staff-deactivated',
  'password-changed',
  'session-ended',
  'password-change-failed',
  'team-created',
  'team-renamed',
  'team-deleted',
  'team-member-added',
  'team-member-removed',
  'team-accounts-assigned',
  'team-accounts-unassigned',
] as const;
export type StaffAuditAction = (typeof staffAuditActions)[number];
