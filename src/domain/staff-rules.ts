import type { Role } from './permissions';

/** How long an invite link works. */
export const INVITE_HOURS = 72;

/** A staff member as the last-Admin rule sees them. */
export interface StaffStanding {
  id: string;
  role: Role;
  active: boolean;
}

export const LAST_ADMIN_REFUSAL =
  'This is the last Admin of your MSP: make another staff member an Admin first, so someone can still manage the team.';

/**
 * Whether changing one staff member to `next` (another role, or deactivated)
 * would leave the MSP without an active Admin; the sentence to refuse it with,
 * or null when it may go ahead.
 */
export function lastAdminRefusal(
  team: readonly StaffStanding[],
  targetId: string,
  next: { role: Role; active: boolean },
): string | null {
  const target = team.find((member) => member.id === targetId);
  if (!target || target.role !== 'admin' || !target.active) return null;
  if (next.role === 'admin' && next.active) return null;
  const otherAdmins = team.filter((member) => member.id !== targetId && member.role === 'admin' && member.active);
  return otherAdmins.length === 0 ? LAST_ADMIN_REFUSAL : null;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/curl\//i, 'curl'],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Windows", from a User-Agent; what a person recognises their device by. */
export function deviceName(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? 'Unknown device';
}
