import type { AccountAction } from './lifecycle/allowed-actions';

/**
 * Roles and what each may do: the one table the API enforces
 * (server/app/route-permissions.ts) and the console follows (it hides what
 * the role may not do; the server refuses it anyway).
 */
export const roles = ['admin', 'sales', 'technician'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = { admin: 'Admin', sales: 'Sales', technician: 'Technician' };

/**
 * Which accounts a role sees: every account of its MSP; every trial (active
 * and expired) plus the paid accounts it converted; or only the accounts
 * assigned to it.
 */
export const visibilities = ['all', 'trials-and-converted', 'assigned'] as const;
export type Visibility = (typeof visibilities)[number];

export const roleVisibility: Record<Role, Visibility> = {
  admin: 'all',
  sales: 'trials-and-converted',
  technician: 'assigned',
};

export const visibilityLabels: Record<Visibility, string> = {
  all: 'All accounts',
  'trials-and-converted': 'Trials and accounts you converted',
  assigned: 'Accounts assigned to you',
};

/** What a permission lets one do, in words that finish "Only an Admin can …". */
export const permissionDescriptions = {
  'view-accounts': 'see accounts',
  'view-billing': 'see the billing figures',
  'add-customer': 'add a customer',
  'extend-trial': 'extend a trial',
  'end-trial': 'end a trial',
  upgrade: 'upgrade a trial',
  'change-seats': 'change seats',
  cancel: 'cancel a subscription',
  remove: 'remove an account',
  restore: 'restore an account',
  'open-account': "open a customer's console",
  'read-history': 'read history',
  export: 'export accounts',
  'read-audit': 'read the audit log',
  'manage-staff': 'manage staff',
  'assign-accounts': 'assign accounts',
  'own-session': 'manage their own session',
} as const satisfies Record<string, string>;
export type Permission = keyof typeof permissionDescriptions;
export const permissions = Object.keys(permissionDescriptions) as Permission[];

/** The permission table: for each permission, the roles that have it. */
export const permissionTable: Record<Permission, readonly Role[]> = {
  'view-accounts': ['admin', 'sales', 'technician'],
  'view-billing': ['admin'],
  'add-customer': ['admin', 'sales'],
  'extend-trial': ['admin', 'sales'],
  'end-trial': ['admin', 'sales'],
  upgrade: ['admin', 'sales'],
  'change-seats': ['admin'],
  cancel: ['admin'],
  remove: ['admin'],
  restore: ['admin'],
  'open-account': ['admin', 'sales', 'technician'],
  'read-history': ['admin', 'sales', 'technician'],
  export: ['admin', 'sales'],
  'read-audit': ['admin'],
  'manage-staff': ['admin'],
  'assign-accounts': ['admin'],
  'own-session': ['admin', 'sales', 'technician'],
};

export function may(role: Role, permission: Permission): boolean {
  return permissionTable[permission].includes(role);
}

/** A role as a refusal names it: "Only an Admin or Sales can …". */
const roleNouns: Record<Role, string> = { admin: 'an Admin', sales: 'Sales', technician: 'a Technician' };

/** What a refusal says: which roles may do it, e.g. "Only an Admin can cancel a subscription." */
export function refusalSentence(permission: Permission): string {
  const nouns = permissionTable[permission].map((role) => roleNouns[role]);
  const who =
    nouns.length === 0
      ? 'No one'
      : nouns.length === 1
        ? `Only ${nouns[0]!}`
        : `Only ${nouns.slice(0, -1).join(', ')} or ${nouns.at(-1)!}`;
  return `${who} can ${permissionDescriptions[permission]}.`;
}

/** The permission each of an account's actions needs (the console hides an action the role may not take). */
export const actionPermissions: Record<AccountAction, Permission> = {
  upgrade: 'upgrade',
  extendTrial: 'extend-trial',
  endTrial: 'end-trial',
  changeSeats: 'change-seats',
  cancel: 'cancel',
  resume: 'cancel',
  remove: 'remove',
  restore: 'restore',
  download: 'export',
};
