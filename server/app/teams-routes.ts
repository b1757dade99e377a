import { Hono, type Context } from 'hono';
import type { BulkAssignmentResult } from '../../src/api/assignments-contract';
import {
  bulkTeamAssignmentBodySchema,
  teamBodySchema,
  teamIdSchema,
  type AccountTeams,
  type StaffTeam,
  type StaffTeams,
} from '../../src/api/teams-contract';
import type { TeamResult } from '../store/team-records';
import type { ApiEnv } from './create-api-app';
import { ProblemError } from './problem';
import { readJson } from './read-json';

/**
 * Teams of staff (Admins: see route-permissions.ts): creating, renaming and
 * deleting them, their members, and the accounts assigned to them. A
 * technician sees the accounts assigned to any team they are in, so every
 * change here changes what someone sees from their next request on. Every
 * change goes to the MSP's audit log, with the staff events.
 */
export const teamsRoutes = new Hono<ApiEnv>();

const noSuchTeam = () => new ProblemError(404, 'Team not found', { detail: 'There is no such team in your MSP.' });
const noSuchStaff = () =>
  new ProblemError(404, 'Staff member not found', { detail: 'There is no such active staff member in your MSP.' });
const accountNotFound = (accountNumber: string) =>
  new ProblemError(404, 'Account not found', { detail: `There is no account ${accountNumber}.` });

/** A team id in the path is short plain text, or it names no team (404 before any lookup). */
for (const path of ['/team/teams/:teamId', '/team/teams/:teamId/*', '/accounts/:accountNumber/teams/:teamId'])
  teamsRoutes.use(path, async (c, next) => {
    if (!teamIdSchema.safeParse(c.req.param('teamId')).success) throw noSuchTeam();
    await next();
  });

function changed(result: TeamResult): StaffTeam {
  if (result.ok) return result.team;
  if (result.reason === 'name-taken')
    throw new ProblemError(409, 'A team has this name', {
      detail: 'Two teams of one MSP cannot share a name, whatever its case.',
      errors: { name: 'Another team of your MSP has this name' },
    });
  throw result.reason === 'no-such-staff' ? noSuchStaff() : noSuchTeam();
}

async function audit(c: Context<ApiEnv>, action: string, details: Record<string, unknown>): Promise<void> {
  await c.var.consoleAccess.audit({
    mspId: c.var.actor.mspId,
    at: c.var.clock().toISOString(),
    actor: c.var.actor.staffEmail,
    action,
    details,
  });
}

teamsRoutes.get('/team/teams', async (c) => {
  const body: StaffTeams = { teams: await c.var.store.teams(c.var.actor) };
  return c.json(body);
});

teamsRoutes.post('/team/teams', async (c) => {
  const { name } = await readJson(c, teamBodySchema);
  const team = changed(await c.var.store.createTeam(c.var.actor, name));
  await audit(c, 'team-created', { team: team.name });
  return c.json(team, 201);
});

teamsRoutes.patch('/team/teams/:teamId', async (c) => {
  const { name } = await readJson(c, teamBodySchema);
  const before = (await c.var.store.teams(c.var.actor)).find((team) => team.id === c.req.param('teamId'));
  const team = changed(await c.var.store.renameTeam(c.var.actor, c.req.param('teamId'), name));
  if (before && before.name !== team.name) await audit(c, 'team-renamed', { from: before.name, to: team.name });
  return c.json(team);
});

teamsRoutes.delete('/team/teams/:teamId', async (c) => {
  const team = changed(await c.var.store.deleteTeam(c.var.actor, c.req.param('teamId')));
  await audit(c, 'team-deleted', { team: team.name, members: team.members.length, accounts: team.accountCount });
  return c.body(null, 204);
});

async function setMember(c: Context<ApiEnv>, member: boolean): Promise<Response> {
  const teamId = c.req.param('teamId') ?? '';
  const staffId = c.req.param('staffId') ?? '';
  if (!/^[\w-]{1,64}$/.test(staffId)) throw noSuchStaff();
  const before = (await c.var.store.teams(c.var.actor)).find((team) => team.id === teamId);
  const team = changed(await c.var.store.setTeamMember(c.var.actor, teamId, staffId, member));
  const was = before?.members.some((one) => one.id === staffId) ?? false;
  const who = (member ? team : before)?.members.find((one) => one.id === staffId);
  if (was !== member && who)
    await audit(c, member ? 'team-member-added' : 'team-member-removed', {
      team: team.name,
      name: who.name,
      email: who.email,
    });
  return c.json(team);
}

teamsRoutes.put('/team/teams/:teamId/members/:staffId', (c) => setMember(c, true));
teamsRoutes.delete('/team/teams/:teamId/members/:staffId', (c) => setMember(c, false));

async function auditAssignment(c: Context<ApiEnv>, teamId: string, accountNumbers: string[], assigned: boolean) {
  if (accountNumbers.length === 0) return;
  const team = (await c.var.store.teams(c.var.actor)).find((one) => one.id === teamId);
  await audit(c, assigned ? 'team-accounts-assigned' : 'team-accounts-unassigned', {
    team: team?.name ?? teamId,
    accountNumbers,
  });
}

async function accountTeams(c: Context<ApiEnv>, accountNumber: string): Promise<Response> {
  const teams = await c.var.store.teamsOf(c.var.actor, accountNumber);
  if (!teams) throw accountNotFound(accountNumber);
  const body: AccountTeams = { teams };
  return c.json(body);
}

async function setAccountTeam(c: Context<ApiEnv>, assigned: boolean): Promise<Response> {
  const accountNumber = c.req.param('accountNumber') ?? '';
  const teamId = c.req.param('teamId') ?? '';
  const result = await c.var.store.setTeamAssignment(c.var.actor, teamId, [accountNumber], assigned);
  if (!result.ok) throw noSuchTeam();
  if (result.notFound.length > 0) throw accountNotFound(accountNumber);
  await auditAssignment(c, teamId, result.changed, assigned);
  return accountTeams(c, accountNumber);
}

teamsRoutes.get('/accounts/:accountNumber/teams', (c) => accountTeams(c, c.req.param('accountNumber')));
teamsRoutes.put('/accounts/:accountNumber/teams/:teamId', (c) => setAccountTeam(c, true));
teamsRoutes.delete('/accounts/:accountNumber/teams/:teamId', (c) => setAccountTeam(c, false));

teamsRoutes.post('/team-assignments', async (c) => {
  const { teamId, accountNumbers, assigned } = await readJson(c, bulkTeamAssignmentBodySchema);
  const result = await c.var.store.setTeamAssignment(c.var.actor, teamId, accountNumbers, assigned);
  if (!result.ok)
    throw new ProblemError(422, 'There is no such team', {
      detail: 'Choose a team of your MSP.',
      errors: { teamId: 'Choose a team of your MSP' },
    });
  await auditAssignment(c, teamId, result.changed, assigned);
  const body: BulkAssignmentResult = { changed: result.changed, notFound: result.notFound };
  return c.json(body);
});
