import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { auditEventsSchema, problemSchema } from '../../src/api/contract';
import { sessionSchema } from '../../src/api/session-contract';
import { createdInviteSchema, staffMemberSchema, teamSchema } from '../../src/api/team-contract';
import { LAST_ADMIN_REFUSAL } from '../../src/domain/staff-rules';
import { postJson, type ContractTarget } from './contract-target';

const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@team-test.example`;

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

/** The Team page's API, the same over the memory store (the demo) and the live server. */
export function describeTeamContract(name: string, target: () => ContractTarget) {
  describe(`team: ${name}`, () => {
    const me = async () => sessionSchema.parse(await (await target().request('/api/v1/session')).json());
    const team = async () => teamSchema.parse(await (await target().request('/api/v1/team')).json());
    const invite = (email: string, role = 'technician') => postJson(target(), '/api/v1/team/invites', { email, role });

    it('lists the MSP’s staff with role, status and last seen, the caller an active Admin', async () => {
      const session = await me();
      const listed = (await team()).staff.find((member) => member.email === session.staff.email);
      expect(listed).toMatchObject({ role: 'admin', status: 'active' });
    });

    it('invites by email with a role: a single link shown once, listed as an open invite for 72 hours', async () => {
      const email = uniqueEmail('kim');
      const response = await invite(` ${email} `);
      expect(response.status).toBe(201);
      const created = createdInviteSchema.parse(await response.json());
      expect(created.link).toMatch(/^\/invite\/[\w-]{43}$/);
      expect(created.invite).toMatchObject({ email, role: 'technician' });
      expect(Date.parse(created.invite.expiresAt) - Date.parse(created.invite.createdAt)).toBe(72 * 3_600_000);
      const listed = (await team()).invites.filter((open) => open.email === email);
      expect(listed).toEqual([created.invite]);
      expect(JSON.stringify(await team())).not.toContain(created.link.slice(8));

      // Inviting the address again replaces the open invite.
      const again = createdInviteSchema.parse(await (await invite(email, 'sales')).json());
      expect((await team()).invites.filter((open) => open.email === email)).toEqual([again.invite]);

      expect((await target().request(`/api/v1/team/invites/${again.invite.id}`, { method: 'DELETE' })).status).toBe(
        204,
      );
      expect((await team()).invites.some((open) => open.email === email)).toBe(false);
      await problemOf(await target().request(`/api/v1/team/invites/${again.invite.id}`, { method: 'DELETE' }), 404);
    });

    it('refuses to invite a staff member’s address, an unknown role, extra fields and hidden characters', async () => {
      const session = await me();
      const taken = await problemOf(await invite(session.staff.email.toUpperCase()), 409);
      expect(taken.errors?.email).toBeDefined();
      const email = uniqueEmail('bad');
      expect((await problemOf(await invite(email, 'owner'), 422)).errors?.role).toBeDefined();
      await problemOf(await postJson(target(), '/api/v1/team/invites', { email, role: 'sales', admin: true }), 422);
      await problemOf(await invite(`zero\u200bwidth@team-test.example`), 422);
      expect((await team()).invites.some((open) => open.email === email)).toBe(false);
    });

    it('keeps the last Admin: demoting or deactivating them is a 409 with a sentence', async () => {
      const session = await me();
      const admins = (await team()).staff.filter((member) => member.role === 'admin' && member.status === 'active');
      expect(admins.map((member) => member.email)).toEqual([session.staff.email]);
      const demote = await problemOf(
        await target().request(`/api/v1/team/staff/${session.staff.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ role: 'sales' }),
        }),
        409,
      );
      expect(demote.detail).toBe(LAST_ADMIN_REFUSAL);
      await problemOf(await postJson(target(), `/api/v1/team/staff/${session.staff.id}/deactivate`, {}), 409);
      expect((await team()).staff.find((member) => member.id === session.staff.id)).toMatchObject({
        role: 'admin',
        status: 'active',
      });
    });

    it('answers 404 for a staff member or invite that is not the MSP’s, whatever the id looks like', async () => {
      for (const id of ['999999999', 'nobody', '%00', 'x'.repeat(100), '%3Cb%3E'])
        await problemOf(await postJson(target(), `/api/v1/team/staff/${id}/deactivate`, {}), 404);
      await problemOf(await target().request('/api/v1/team/invites/nothing-here', { method: 'DELETE' }), 404);
    });

    it('writes staff administration to the audit log, filtered and exported as CSV with formulas neutralised', async () => {
      const email = `=cmd${Date.now().toString(36)}@team-test.example`;
      expect((await invite(email, 'sales')).status).toBe(201);
      const staffOnly = auditEventsSchema.parse(
        await (await target().request('/api/v1/audit-events?kind=staff&limit=20')).json(),
      );
      expect(staffOnly.items[0]).toMatchObject({ action: 'staff-invited', details: { email, role: 'sales' } });
      expect(staffOnly.items.every((event) => event.action !== 'account-opened')).toBe(true);

      const exported = await target().request('/api/v1/audit-events/export?kind=staff');
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(exported.headers.get('content-disposition')).toMatch(
        /attachment; filename="audit-staff-\d{4}-\d\d-\d\d\.csv"/,
      );
      const rows = parse<Record<string, string>>(await exported.text(), { columns: true });
      const row = rows.find((candidate) => candidate.What?.includes(email));
      expect(row).toMatchObject({ Action: 'staff-invited', What: `Invited ${email} as Sales` });
      expect(rows.some((candidate) => candidate.Details?.startsWith('=') || candidate.Who?.startsWith('='))).toBe(
        false,
      );
    });

    it('changes a role and deactivates a staff member who is not the last Admin', async () => {
      const other = (await team()).staff.find((member) => member.role !== 'admin' && member.status === 'active');
      // Over HTTP the MSP's other staff join through an invite (tests/server/team-access.test.ts); the demo has them.
      if (!other) return;
      const changed = await target().request(`/api/v1/team/staff/${other.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: other.role === 'sales' ? 'technician' : 'sales' }),
      });
      expect(changed.status).toBe(200);
      expect(staffMemberSchema.parse(await changed.json()).role).not.toBe(other.role);
      const deactivated = await postJson(target(), `/api/v1/team/staff/${other.id}/deactivate`, {});
      expect(staffMemberSchema.parse(await deactivated.json())).toMatchObject({ status: 'deactivated' });
      await problemOf(await postJson(target(), `/api/v1/team/staff/${other.id}/deactivate`, {}), 409);
      const audit = auditEventsSchema.parse(
        await (await target().request('/api/v1/audit-events?kind=staff&limit=2')).json(),
      );
      expect(audit.items.map((event) => event.action)).toEqual(['staff-deactivated', 'staff-role-changed']);
    });
  });
}
