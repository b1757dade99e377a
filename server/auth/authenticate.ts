import type { Actor, Clock } from '../app/create-api-app';
import { sessionCookieHeader, sessionTokenFromRequest } from './session-cookie';
import type { StaffDirectory } from './staff-directory';

/** The API's authenticate(): the staff member whose live session the cookie names, or null (401). */
export function sessionAuthenticator(directory: StaffDirectory, clock: Clock) {
  return async (request: Request): Promise<Actor | null> => {
    const token = sessionTokenFromRequest(request);
    if (!token) return null;
    const staff = await directory.findSession(token, clock());
    if (!staff) return null;
    const actor: Actor = { mspId: staff.mspId, staffEmail: staff.email, staffId: staff.id, role: staff.role };
    // The session got a new id (the role changed): the answer carries it.
    if (staff.rotated) actor.setCookie = sessionCookieHeader(request, staff.rotated.token, staff.rotated.expiresAt);
    return actor;
  };
}
