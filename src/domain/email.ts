import { accountRules } from './account-rules';
import { hasHiddenCharacter } from './hidden-characters';

/**
 * The form in which two addresses are compared for uniqueness. Case is folded
 * over the whole address: mail providers treat the local part case-blind in
 * practice, and customers type it both ways.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

// Deliberately plain: one @, no spaces, a dot in the domain. Whether an address
// can receive mail is not something a regular expression can tell (and the
// console sends no mail).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Why an address cannot be used, or null when it can. */
export function emailProblem(email: string): string | null {
  const trimmed = email.trim();
  if (trimmed === '') return 'Enter an email address';
  if (hasHiddenCharacter(trimmed))
    return 'Email address contains a hidden or control character: type it again rather than pasting it';
  if (trimmed.length > accountRules.emailMaxLength)
    return `Email address must be at most ${accountRules.emailMaxLength} characters`;
  if (!EMAIL_SHAPE.test(trimmed)) return 'Enter an email address like name@company.com';
  return null;
}
