import { Hono, type Context } from 'hono';
import {
  bulkAssignmentBodySchema,
  staffIdSchema,
  type BulkAssignmentResult,
  type StaffList,
} from '../../src/api/assignments-contract';
import type { ApiEnv } from './create-api-app';
import { ProblemError } from './problem';
import { readJson } from './read-json';

/** Who an account is assigned to, and assigning (Admins: see route-permissions.ts). */
export const assignmentRoutes = new Hono<ApiEnv>();

const accountNotFound = (accountNumber: string) =>
  new ProblemError(404, 'Account not found', { detail: `There is no account ${accountNumber}.` });

const noSuchStaff = () =>
  new ProblemError(422, 'There is no such staff member', {
    detail: 'Choose a staff member of your MSP.',
    errors: { staffId: 'Choose a staff member of your MSP' },
  });

async function assignees(c: Context<ApiEnv>, accountNumber: string): Promise<Response> {
  const staff = await c.var.store.assigneesOf(c.var.actor, accountNumber);
  if (!staff) throw accountNotFound(accountNumber);
  const body: StaffList = { staff };
  return c.json(body);
}

async function setOne(c: Context<ApiEnv>, assigned: boolean): Promise<Response> {
  const accountNumber = c.req.param('accountNumber') ?? '';
  const staffId = staffIdSchema.safeParse(c.req.param('staffId'));
  if (!staffId.success) throw noSuchStaff();
  const result = await c.var.store.setAssignment(c.var.actor, staffId.data, [accountNumber], assigned);
  if (!result.ok) throw noSuchStaff();
  if (result.notFound.length > 0) throw accountNotFound(accountNumber);
  await audit(c, staffId.data, result.changed, assigned);
  return assignees(c, accountNumber);
}

async function audit(c: Context<ApiEnv>, staffId: string, accountNumbers: string[], assigned: boolean) {
  if (accountNumbers.length === 0) return;
  await c.var.consoleAccess.audit({
    mspId: c.var.actor.mspId,
    at: c.var.clock().toISOString(),
    actor: c.var.actor.staffEmail,
    action: assigned ? 'accounts-assigned' : 'accounts-unassigned',
    details: { staffId, accountNumbers },
  });
}

assignmentRoutes.get('/assignees', async (c) => {
  const body: StaffList = { staff: await c.var.store.staff(c.var.actor) };
  return c.json(body);
});

assignmentRoutes.get('/accounts/:accountNumber/assignments', (c) => assignees(c, c.req.param('accountNumber')));
assignmentRoutes.put('/accounts/:accountNumber/assignments/:staffId', (c) => setOne(c, true));
assignmentRoutes.delete('/accounts/:accountNumber/assignments/:staffId', (c) => setOne(c, false));

assignmentRoutes.post('/assignments', async (c) => {
  const { staffId, accountNumbers, assigned } = await readJson(c, bulkAssignmentBodySchema);
  const result = await c.var.store.setAssignment(c.var.actor, staffId, accountNumbers, assigned);
  if (!result.ok) throw noSuchStaff();
  await audit(c, staffId, result.changed, assigned);
  const body: BulkAssignmentResult = { changed: result.changed, notFound: result.notFound };
  return c.json(body);
});
