import { describe, expect, it } from 'vitest';
import { may, permissions, permissionTable, refusalSentence, roleVisibility, roles } from './permissions';

describe('the permission table', () => {
  it('gives an Admin every permission', () => {
    for (const permission of permissions) expect(may('admin', permission), permission).toBe(true);
  });

  it('lets Sales run trials but not touch paid subscriptions, billing or staff', () => {
    for (const permission of ['add-customer', 'extend-trial', 'end-trial', 'upgrade', 'export'] as const)
      expect(may('sales', permission), permission).toBe(true);
    for (const permission of ['change-seats', 'cancel', 'remove', 'restore', 'view-billing', 'manage-staff'] as const)
      expect(may('sales', permission), permission).toBe(false);
  });

  it('lets a Technician open consoles and read history, and nothing that changes an account', () => {
    const allowed = permissions.filter((permission) => may('technician', permission));
    expect(allowed.sort()).toEqual(['open-account', 'own-session', 'read-history', 'view-accounts']);
  });

  it('names only known roles, each once', () => {
    for (const permission of permissions) {
      const granted = permissionTable[permission];
      expect(new Set(granted).size).toBe(granted.length);
      for (const role of granted) expect(roles).toContain(role);
    }
  });

  it('says who each role sees', () => {
    expect(roleVisibility).toEqual({ admin: 'all', sales: 'trials-and-converted', technician: 'assigned' });
  });
});

describe('refusalSentence', () => {
  it('names the role that may do it', () => {
    expect(refusalSentence('cancel')).toBe('Only an Admin can cancel a subscription.');
    expect(refusalSentence('extend-trial')).toBe('Only an Admin or Sales can extend a trial.');
    expect(refusalSentence('read-history')).toBe('Only an Admin, Sales or a Technician can read history.');
  });
});
