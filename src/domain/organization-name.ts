import { accountRules } from './account-rules';
import { hasHiddenNameCharacter } from './hidden-characters';

/** Inner runs of white space collapse to one, so "Acme  Ltd" and "Acme Ltd" read the same. */
export function cleanOrganizationName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function organizationNameProblem(name: string): string | null {
  const cleaned = cleanOrganizationName(name);
  if (cleaned === '') return 'Enter the organization name';
  if (hasHiddenNameCharacter(cleaned))
    return 'Organization name contains a hidden, control or text-direction character: type it again rather than pasting it';
  if (cleaned.length > accountRules.organizationNameMaxLength)
    return `Organization name must be at most ${accountRules.organizationNameMaxLength} characters`;
  return null;
}

/** Two names are the same name when they read the same: case and runs of spaces do not count. */
export function organizationNameKey(name: string): string {
  return cleanOrganizationName(name).toLowerCase();
}
