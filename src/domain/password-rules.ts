/**
 * The one rule for a staff password, wherever one is set: the setup page, an
 * invite's acceptance, a password change and `create-staff`. The list of
 * common passwords is passed in (the server reads it from
 * server/auth/common-passwords.txt), so this stays a pure function the
 * console can also run for the length alone.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Bounded so that a huge password cannot make hashing the server's bottleneck. */
export const PASSWORD_MAX_LENGTH = 256;

export interface CommonPasswords {
  has: (lowered: string) => boolean;
}

export const NO_LIST: CommonPasswords = { has: () => false };

/** A common word or walk with only digits and symbols around it ("Dragon123456!"), lower-cased. */
function stemOf(lowered: string): string {
  return lowered.replace(/^[\d\W_]+/u, '').replace(/[\d\W_]+$/u, '');
}

/** Why this password cannot be used, or null when it can. Lengths count characters, not UTF-16 units. */
export function passwordProblem(password: string, common: CommonPasswords = NO_LIST): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  const lowered = password.normalize('NFKC').toLowerCase();
  if (new Set(lowered).size <= 2) return 'Use more than one or two different characters';
  const stem = stemOf(lowered);
  if (common.has(lowered) || (stem.length > 0 && common.has(stem)))
    return 'This password is too common: it is among those tried first. Choose a longer phrase of your own';
  return null;
}
