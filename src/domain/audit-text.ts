import { roleLabels, roles, type Role } from './permissions';

/**
 * One audit event in words, the same on the Activity page and in the CSV
 * export: "Invited kim@acme.example as Technician". Details are what the
 * server recorded (loose JSON): anything missing reads as nothing.
 */
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** A role as recorded ("technician", or already "Technician") in the words the console uses. */
const role = (value: unknown): string => {
  const recorded = text(value);
  return (roles as readonly string[]).includes(recorded) ? roleLabels[recorded as Role] : recorded;
};

const who = (details: Record<string, unknown>) => {
  const name = text(details.name);
  const email = text(details.email);
  return name && email ? `${name} (${email})` : name || email;
};

/** "AC-1001, AC-1002 and 3 more": a bulk assignment can name 500 accounts. */
const accounts = (value: unknown): string => {
  const numbers = Array.isArray(value) ? value.map(text).filter(Boolean) : [];
  if (numbers.length === 0) return 'no accounts';
  const shown = numbers.slice(0, 3).join(', ');
  return numbers.length > 3 ? `${shown} and ${numbers.length - 3} more` : shown;
};

export function auditSentence(action: string, details: Record<string, unknown>): string {
  switch (action) {
    case 'setup-completed':
      return `Set up ${text(details.mspName)} with its first Admin, ${who(details)}`;
    case 'sign-in-succeeded':
      return `Signed in from ${text(details.client) || 'an unknown address'}${details.device ? ` (${text(details.device)})` : ''}`;
    case 'sign-in-failed':
      return `Failed sign-in as ${text(details.email)} from ${text(details.client) || 'an unknown address'}${details.reason ? `: ${text(details.reason)}` : ''}`;
    case 'staff-invited':
      return `Invited ${text(details.email)} as ${role(details.role)}`;
    case 'invite-revoked':
      return `Revoked the invite to ${text(details.email)}`;
    case 'invite-accepted':
      return `${who(details)} accepted the invite and joined as ${role(details.role)}`;
    case 'staff-role-changed':
      return `Changed ${who(details)} from ${role(details.from)} to ${role(details.to)}`;
    case 'staff-deactivated':
      return `Deactivated ${who(details)}; their sessions ended`;
    case 'password-changed':
      return 'Changed their password; their other sessions ended';
    case 'session-ended':
      return `Ended a session (${text(details.device) || 'unknown device'})`;
    case 'password-change-failed':
      return `Tried to change their password with a wrong current one${details.client ? ` from ${text(details.client)}` : ''}`;
    case 'team-created':
      return `Created the team ${text(details.team)}`;
    case 'team-renamed':
      return `Renamed the team ${text(details.from)} to ${text(details.to)}`;
    case 'team-deleted':
      return `Deleted the team ${text(details.team)}; its members no longer see its accounts`;
    case 'team-member-added':
      return `Added ${who(details)} to the team ${text(details.team)}`;
    case 'team-member-removed':
      return `Removed ${who(details)} from the team ${text(details.team)}`;
    case 'team-accounts-assigned':
      return `Assigned ${accounts(details.accountNumbers)} to the team ${text(details.team)}`;
    case 'team-accounts-unassigned':
      return `Took ${accounts(details.accountNumbers)} from the team ${text(details.team)}`;
    case 'account-opened':
      return `Opened the console of ${text(details.organizationName)} (${text(details.accountNumber)})`;
    default:
      return action;
  }
}
