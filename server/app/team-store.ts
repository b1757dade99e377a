import type { Invite, StaffMember } from '../../src/api/team-contract';
import type { Role } from '../../src/domain/permissions';
import { lastAdminRefusal } from '../../src/domain/staff-rules';
import type { Scope } from '../store/account-record';

export interface NewInvite {
  email: string;
  emailKey: string;
  role: Role;
  /** SHA-256 of the link's token; the token itself is never stored. */
  tokenHash: string;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

export type StaffChange =
  | { ok: true; before: StaffMember; after: StaffMember }
  | { ok: false; reason: 'not-found' | 'last-admin' | 'deactivated' };

/**
 * An MSP's staff and open invites, for the Team page: memory for the demo and
 * the tests, the database in live mode (server/sql/sql-team-store.ts). Every
 * method is confined to `scope.mspId`; the last-Admin rule is
 * src/domain/staff-rules.ts, applied under the MSP's lock.
 */
export interface TeamStore {
  team(scope: Scope, now: Date): Promise<{ staff: StaffMember[]; invites: Invite[] }>;
  /** Replaces an open invite to the same address; refused when a staff member already has it. */
  invite(
    scope: Scope,
    invite: NewInvite,
  ): Promise<{ ok: true; invite: Invite } | { ok: false; reason: 'staff-exists' }>;
  revokeInvite(scope: Scope, inviteId: string, now: Date): Promise<Invite | null>;
  /**
   * Changes the role. Their sessions stay signed in with the new role at once, and each gets a new id at its next
   * request (the old id then answers 401): their rights changed under them, so the id they were granted under goes.
   */
  changeRole(scope: Scope, staffId: string, role: Role): Promise<StaffChange>;
  /** Deactivates and ends every session of theirs at once. Their history keeps their name and email. */
  deactivate(scope: Scope, staffId: string, now: Date): Promise<StaffChange>;
}

interface MemoryStaff extends StaffMember {
  mspId: string;
  emailKey: string;
}

type MemoryInvite = Invite & { mspId: string; emailKey: string; tokenHash: string };

/** The whole of a MemoryTeamStore, as the demo saves it after each change (a few staff and invites). */
export interface MemoryTeamState {
  staff: MemoryStaff[];
  invites: MemoryInvite[];
}

/** The Team page over memory: the demo's staff, and the component tests. */
export class MemoryTeamStore implements TeamStore {
  private staff: MemoryStaff[] = [];
  private invites: MemoryInvite[] = [];

  constructor(
    staff: readonly (StaffMember & { mspId: string })[] = [],
    /** Called with the whole state after every change, so a wrapper can save it (the demo). */
    private readonly onChange?: (state: MemoryTeamState) => void,
  ) {
    this.staff = staff.map((member) => ({ ...member, emailKey: member.email.trim().toLowerCase() }));
  }

  /** Put a saved state back as it was, without calling onChange (restoring, another tab's change). */
  restore(state: MemoryTeamState): void {
    this.staff = state.staff.map((member) => ({ ...member }));
    this.invites = state.invites.map((invite) => ({ ...invite }));
  }

  private changed(): void {
    this.onChange?.({
      staff: this.staff.map((member) => ({ ...member })),
      invites: this.invites.map((invite) => ({ ...invite })),
    });
  }

  private view({ mspId: _mspId, emailKey: _emailKey, ...member }: MemoryStaff): StaffMember {
    return { ...member };
  }

  async team(scope: Scope, now: Date) {
    const open = this.invites.filter((invite) => invite.mspId === scope.mspId && invite.expiresAt > now.toISOString());
    return {
      staff: this.staff.filter((member) => member.mspId === scope.mspId).map((member) => this.view(member)),
      invites: open.map(({ mspId: _m, emailKey: _e, tokenHash: _t, ...invite }) => invite).reverse(),
    };
  }

  async invite(scope: Scope, invite: NewInvite) {
    if (this.staff.some((member) => member.emailKey === invite.emailKey))
      return { ok: false as const, reason: 'staff-exists' as const };
    this.invites = this.invites.filter((open) => open.emailKey !== invite.emailKey);
    const created = {
      id: `invite-${this.invites.length + 1}-${invite.tokenHash.slice(0, 8)}`,
      email: invite.email,
      role: invite.role,
      invitedBy: invite.invitedBy,
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
    };
    this.invites.push({ ...created, mspId: scope.mspId, emailKey: invite.emailKey, tokenHash: invite.tokenHash });
    this.changed();
    return { ok: true as const, invite: created };
  }

  async revokeInvite(scope: Scope, inviteId: string) {
    const found = this.invites.find((invite) => invite.id === inviteId && invite.mspId === scope.mspId);
    if (!found) return null;
    this.invites = this.invites.filter((invite) => invite !== found);
    this.changed();
    const { mspId: _m, emailKey: _e, tokenHash: _t, ...invite } = found;
    return invite;
  }

  private change(scope: Scope, staffId: string, next: (member: MemoryStaff) => MemoryStaff): StaffChange {
    const member = this.staff.find((candidate) => candidate.id === staffId && candidate.mspId === scope.mspId);
    if (!member) return { ok: false, reason: 'not-found' };
    if (member.status === 'deactivated') return { ok: false, reason: 'deactivated' };
    const changed = next(member);
    const team = this.staff
      .filter((candidate) => candidate.mspId === scope.mspId)
      .map((candidate) => ({ id: candidate.id, role: candidate.role, active: candidate.status === 'active' }));
    if (lastAdminRefusal(team, staffId, { role: changed.role, active: changed.status === 'active' }))
      return { ok: false, reason: 'last-admin' };
    this.staff = this.staff.map((candidate) => (candidate === member ? changed : candidate));
    this.changed();
    return { ok: true, before: this.view(member), after: this.view(changed) };
  }

  async changeRole(scope: Scope, staffId: string, role: Role) {
    return this.change(scope, staffId, (member) => ({ ...member, role }));
  }

  async deactivate(scope: Scope, staffId: string) {
    return this.change(scope, staffId, (member) => ({ ...member, status: 'deactivated' }));
  }
}
