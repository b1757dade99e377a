import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  auditEventsSchema,
  historyPageSchema,
  problemSchema,
  summarySchema,
} from '../../src/api/contract';
import { bulkAssignmentResultSchema } from '../../src/api/assignments-contract';
import { accountTeamsSchema, staffTeamSchema, staffTeamsSchema } from '../../src/api/teams-contract';
import { postJson, type ContractTarget } from './contract-target';

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

const send = (target: ContractTarget, method: string, path: string, body?: unknown) =>
  target.request(path, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });

export interface TeamsContractTargets {
  /** An Admin of the MSP. */
  admin: () => ContractTarget;
  /** A technician of the same MSP, and their staff id. */
  technician: () => Promise<{ target: ContractTarget; staffId: string }>;
  /** An Admin of another MSP, where there is one. */
  otherMsp?: () => ContractTarget;
}

let counter = 0;
const uniqueName = (label: string) => `${label} ${Date.now().toString(36)}${(counter += 1)}`;

/**
 * Teams, the same over the memory store and the live server: a technician
 * sees the accounts assigned to a team they are in, everywhere the scope
 * applies, from the next request after the change, and nothing once they
 * leave the team or it is deleted.
 */
export function describeTeamsContract(name: string, targets: TeamsContractTargets) {
  describe(`teams: ${name}`, () => {
    const admin = () => targets.admin();
    const create = async (teamName: string) => {
      const response = await postJson(admin(), '/api/v1/team/teams', { name: teamName });
      expect(response.status).toBe(201);
      return staffTeamSchema.parse(await response.json());
    };
    const listed = async () => staffTeamsSchema.parse(await (await admin().request('/api/v1/team/teams')).json()).teams;

    /** A paid account the technician does not see (yet). */
    async function unseenAccount(technician: ContractTarget): Promise<string> {
      const page = accountPageSchema.parse(
        await (await admin().request('/api/v1/accounts?status=paid&limit=100')).json(),
      );
      for (const item of page.items)
        if ((await technician.request(`/api/v1/accounts/${item.accountNumber}`)).status === 404)
          return item.accountNumber;
      throw new Error('Every paid account is the technician’s already');
    }

    it('creates, renames and deletes a team, names unique per MSP whatever their case', async () => {
      const teamName = uniqueName('Night shift');
      const team = await create(`  ${teamName}  `);
      expect(team).toMatchObject({ name: teamName, members: [], accountCount: 0 });
      expect((await listed()).find((one) => one.id === team.id)).toEqual(team);

      const taken = await problemOf(
        await postJson(admin(), '/api/v1/team/teams', { name: teamName.toUpperCase() }),
        409,
      );
      expect(taken.errors?.name).toBe('Another team of your MSP has this name');
      for (const body of [
        { name: '' },
        { name: 'x'.repeat(81) },
        { name: 'Bad\u202eName' },
        { name: 'a\u0000b' },
        { name: 5 },
        { name: 'Ok', extra: 1 },
      ])
        await problemOf(await postJson(admin(), '/api/v1/team/teams', body), 422);

      const other = await create(uniqueName('Day shift'));
      await problemOf(
        await send(admin(), 'PATCH', `/api/v1/team/teams/${other.id}`, { name: teamName.toLowerCase() }),
        409,
      );
      const renamedTo = uniqueName('Evening shift');
      const renamed = await send(admin(), 'PATCH', `/api/v1/team/teams/${team.id}`, { name: renamedTo });
      expect(staffTeamSchema.parse(await renamed.json())).toMatchObject({ id: team.id, name: renamedTo });
      // Its own name in another case is no clash.
      expect(
        (await send(admin(), 'PATCH', `/api/v1/team/teams/${team.id}`, { name: renamedTo.toUpperCase() })).status,
      ).toBe(200);

      expect((await send(admin(), 'DELETE', `/api/v1/team/teams/${team.id}`)).status).toBe(204);
      await problemOf(await send(admin(), 'DELETE', `/api/v1/team/teams/${team.id}`), 404);
      await problemOf(await send(admin(), 'PATCH', `/api/v1/team/teams/${team.id}`, { name: 'Again' }), 404);
      expect((await listed()).some((one) => one.id === team.id)).toBe(false);
      // The name is free again once its team is gone.
      expect((await create(renamedTo)).name).toBe(renamedTo);

      const audit = auditEventsSchema.parse(
        await (await admin().request('/api/v1/audit-events?kind=staff&limit=10')).json(),
      );
      expect(audit.items.map((event) => event.action)).toEqual(
        expect.arrayContaining(['team-created', 'team-renamed', 'team-deleted']),
      );
      expect(audit.items.find((event) => event.action === 'team-renamed')?.details).toMatchObject({
        from: renamedTo,
        to: renamedTo.toUpperCase(),
      });
    });

    it('lets a technician see what is assigned to their team, everywhere, until they leave it or it is deleted', async () => {
      const { target: technician, staffId } = await targets.technician();
      const accountNumber = await unseenAccount(technician);
      const paidBefore = summarySchema.parse(await (await technician.request('/api/v1/summary')).json()).counts.paid;
      const team = await create(uniqueName('Field team'));

      const added = await send(admin(), 'PUT', `/api/v1/team/teams/${team.id}/members/${staffId}`);
      expect(staffTeamSchema.parse(await added.json()).members.map((member) => member.id)).toEqual([staffId]);
      // In the team but nothing assigned to it: still nothing more to see.
      expect((await technician.request(`/api/v1/accounts/${accountNumber}`)).status).toBe(404);

      const assigned = await send(admin(), 'PUT', `/api/v1/accounts/${accountNumber}/teams/${team.id}`);
      expect(accountTeamsSchema.parse(await assigned.json()).teams).toEqual([{ id: team.id, name: team.name }]);
      expect((await listed()).find((one) => one.id === team.id)?.accountCount).toBe(1);

      const sees = async () => {
        const one = await technician.request(`/api/v1/accounts/${accountNumber}`);
        const board = accountPageSchema.parse(
          await (await technician.request('/api/v1/accounts?status=paid&limit=200')).json(),
        );
        const search = accountPageSchema.parse(
          await (await technician.request(`/api/v1/accounts?status=paid&q=${accountNumber}`)).json(),
        );
        const history = await technician.request(`/api/v1/accounts/${accountNumber}/history`);
        const activity = historyPageSchema.parse(await (await technician.request('/api/v1/activity?limit=200')).json());
        const summary = summarySchema.parse(await (await technician.request('/api/v1/summary')).json());
        const open = await postJson(technician, `/api/v1/accounts/${accountNumber}/open`, {});
        await open.body?.cancel();
        return {
          account: one.status,
          onBoard: board.items.some((item) => item.accountNumber === accountNumber),
          boardTotal: board.total,
          found: search.items.some((item) => item.accountNumber === accountNumber),
          history: history.status,
          inActivity: activity.items.some((item) => item.accountNumber === accountNumber),
          paid: summary.counts.paid,
          open: open.status,
        };
      };
      const seeing = await sees();
      expect(seeing).toMatchObject({
        account: 200,
        onBoard: true,
        found: true,
        history: 200,
        inActivity: true,
        paid: paidBefore + 1,
      });
      expect(seeing.open).toBeLessThan(300);
      expect(seeing.boardTotal).toBe(paidBefore + 1);
      expect(
        accountTeamsSchema.parse(await (await technician.request(`/api/v1/accounts/${accountNumber}/teams`)).json())
          .teams,
      ).toHaveLength(1);

      // Leaving the team takes the account away on the next request, as if it did not exist.
      expect((await send(admin(), 'DELETE', `/api/v1/team/teams/${team.id}/members/${staffId}`)).status).toBe(200);
      const gone = {
        account: 404,
        onBoard: false,
        found: false,
        history: 404,
        inActivity: false,
        paid: paidBefore,
        open: 404,
      };
      expect(await sees()).toMatchObject(gone);
      await problemOf(await technician.request(`/api/v1/accounts/${accountNumber}/teams`), 404);

      // Back in: seen again; the team deleted: gone again, and the account keeps no trace of it.
      await send(admin(), 'PUT', `/api/v1/team/teams/${team.id}/members/${staffId}`);
      expect((await sees()).account).toBe(200);
      expect((await send(admin(), 'DELETE', `/api/v1/team/teams/${team.id}`)).status).toBe(204);
      expect(await sees()).toMatchObject(gone);
      expect(
        accountTeamsSchema.parse(await (await admin().request(`/api/v1/accounts/${accountNumber}/teams`)).json()).teams,
      ).toEqual([]);

      const audit = auditEventsSchema.parse(
        await (await admin().request('/api/v1/audit-events?kind=staff&limit=10')).json(),
      );
      expect(audit.items.map((event) => event.action).slice(0, 5)).toEqual([
        'team-deleted',
        'team-member-added',
        'team-member-removed',
        'team-accounts-assigned',
        'team-member-added',
      ]);
    });

    it('assigns and unassigns accounts in bulk, reporting what it could not see', async () => {
      const team = await create(uniqueName('Bulk team'));
      const page = accountPageSchema.parse(
        await (await admin().request('/api/v1/accounts?status=paid&limit=3')).json(),
      );
      const numbers = page.items.map((item) => item.accountNumber);
      const body = (assigned: boolean) => ({ teamId: team.id, accountNumbers: [...numbers, 'AC-999999999'], assigned });
      const assigned = bulkAssignmentResultSchema.parse(
        await (await postJson(admin(), '/api/v1/team-assignments', body(true))).json(),
      );
      expect(assigned).toEqual({ changed: numbers, notFound: ['AC-999999999'] });
      expect(
        bulkAssignmentResultSchema.parse(await (await postJson(admin(), '/api/v1/team-assignments', body(true))).json())
          .changed,
      ).toEqual([]);
      expect((await listed()).find((one) => one.id === team.id)?.accountCount).toBe(numbers.length);
      const taken = bulkAssignmentResultSchema.parse(
        await (await postJson(admin(), '/api/v1/team-assignments', body(false))).json(),
      );
      expect(taken.changed).toEqual(numbers);
      expect((await listed()).find((one) => one.id === team.id)?.accountCount).toBe(0);
      const refused = await problemOf(
        await postJson(admin(), '/api/v1/team-assignments', { ...body(true), teamId: 'no-such-team' }),
        422,
      );
      expect(refused.errors?.teamId).toBeDefined();
    });

    it('refuses what the role may not do with a sentence, and names no team, staff member or account it does not have', async () => {
      const { target: technician, staffId } = await targets.technician();
      const team = await create(uniqueName('Guarded team'));
      const refused = await problemOf(await postJson(technician, '/api/v1/team/teams', { name: 'Mine' }), 403);
      expect(refused.title).toBe('Only an Admin can manage staff.');
      await problemOf(await send(technician, 'PUT', `/api/v1/team/teams/${team.id}/members/${staffId}`), 403);
      await problemOf(
        await postJson(technician, '/api/v1/team-assignments', {
          teamId: team.id,
          accountNumbers: ['AC-1000001'],
          assigned: true,
        }),
        403,
      );

      for (const id of ['nothing-here', '%00', 'x'.repeat(100), '%3Cb%3E'])
        await problemOf(await send(admin(), 'PATCH', `/api/v1/team/teams/${id}`, { name: 'Renamed' }), 404);
      for (const id of ['999999999', 'nobody', '%00'])
        await problemOf(await send(admin(), 'PUT', `/api/v1/team/teams/${team.id}/members/${id}`), 404);
      await problemOf(await send(admin(), 'PUT', '/api/v1/accounts/AC-999999999/teams/' + team.id), 404);
      expect((await listed()).find((one) => one.id === team.id)).toMatchObject({ members: [], accountCount: 0 });
    });

    it.skipIf(!targets.otherMsp)('treats another MSP’s team as no team at all', async () => {
      const theirs = await postJson(targets.otherMsp!(), '/api/v1/team/teams', { name: uniqueName('Their team') });
      expect(theirs.status).toBe(201);
      const team = staffTeamSchema.parse(await theirs.json());
      const { staffId } = await targets.technician();
      await problemOf(await send(admin(), 'PATCH', `/api/v1/team/teams/${team.id}`, { name: 'Taken over' }), 404);
      await problemOf(await send(admin(), 'DELETE', `/api/v1/team/teams/${team.id}`), 404);
      await problemOf(await send(admin(), 'PUT', `/api/v1/team/teams/${team.id}/members/${staffId}`), 404);
      const page = accountPageSchema.parse(
        await (await admin().request('/api/v1/accounts?status=paid&limit=1')).json(),
      );
      await problemOf(
        await send(admin(), 'PUT', `/api/v1/accounts/${page.items[0]!.accountNumber}/teams/${team.id}`),
        404,
      );
      expect((await listed()).some((one) => one.id === team.id)).toBe(false);
      // The same name is free in our MSP: names are unique per MSP.
      expect((await create(team.name)).name).toBe(team.name);
      const still = staffTeamsSchema.parse(await (await targets.otherMsp!().request('/api/v1/team/teams')).json());
      expect(still.teams.find((one) => one.id === team.id)).toMatchObject({ name: team.name, members: [] });
    });
  });
}
