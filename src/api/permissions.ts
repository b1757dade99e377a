import { useQuery } from '@tanstack/react-query';
import { may, type Permission, type Role } from '../domain/permissions';
import { sessionQueryOptions } from './session';

/** The signed-in staff member's role; null until the session is known. */
export function useRole(): Role | null {
  return useQuery(sessionQueryOptions()).data?.staff.role ?? null;
}

/**
 * Whether the signed-in role may do something, by the same table the API
 * enforces. The console only hides: the API refuses anyway. Until the session
 * is known nothing is allowed, so no button flashes up and then goes.
 */
export function useMay(): (permission: Permission) => boolean {
  const role = useRole();
  return (permission) => role !== null && may(role, permission);
}
