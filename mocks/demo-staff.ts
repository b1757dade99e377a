import type { AccountRecord } from '../server/store/account-record';
import type { AssignmentChange, MemoryStaff } from '../server/store/memory-store';
import { roles, type Role } from '../src/domain/permissions';
import type { StaffMember } from '../src/api/team-contract';
import { DEMO_MSP_ID } from './demo-fleet';

/** The demo MSP's staff, one of each role; the demo signs in as one of them ("View as …" in the demo controls). */
export const DEMO_STAFF: Record<Role, MemoryStaff> = {
  admin: {
    id: 'demo-admin',
    mspId: DEMO_MSP_ID,
    email: 'demo.staff@command-center.example',
    name: 'Demo Staff',
    role: 'admin',
  },
  sales: {
    id: 'demo-sales',
    mspId: DEMO_MSP_ID,
    email: 'demo.sales@command-center.example',
    name: 'Demo Sales',
    role: 'sales',
  },
  technician: {
    id: 'demo-technician',
    mspId: DEMO_MSP_ID,
    email: 'demo.technician@command-center.example',
    name: 'Demo Technician',
    role: 'technician',
  },
};

/**
 * What the seeded fleet says of its staff, so that each role has something
 * to show: the demo Sales person converted every third paid account, and
 * the demo technician is assigned a few accounts of each kind (every tenth
 * account of the fleet, up to eight).
 */
export function demoStaffSeed(fleet: readonly AccountRecord[]): {
  fleet: AccountRecord[];
  assignments: AssignmentChange[];
} {
  let paid = 0;
  const seeded = fleet.map((record) => {
    if (record.plan !== 'paid' && record.plan !== 'cancelled') return record;
    paid += 1;
    return paid % 3 === 1 ? { ...record, convertedBy: DEMO_STAFF.sales.id } : record;
  });
  const assignments = seeded
    .filter((_record, index) => index % 10 === 3)
    .slice(0, 8)
    .map((record) => ({
      mspId: DEMO_MSP_ID,
      staffId: DEMO_STAFF.technician.id,
      accountNumber: record.accountNumber,
      assigned: true,
    }));
  return { fleet: seeded, assignments };
}

/**
 * The Team page's staff as the demo starts: its three staff (one per role). Invites, role changes and
 * deactivations are saved with the rest of the demo (mocks/demo-store.ts); an invite link cannot be
 * accepted in the demo, which has no sign-in.
 */
export function demoTeamStaff(now: Date): (StaffMember & { mspId: string })[] {
  const joined = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  return roles.map((role) => ({
    ...DEMO_STAFF[role],
    mspId: DEMO_MSP_ID,
    role,
    status: 'active' as const,
    lastSeenAt: role === 'admin' ? now.toISOString() : null,
    createdAt: joined,
  }));
}
