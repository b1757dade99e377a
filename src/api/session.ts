import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from './client';
import { sessionSchema, type Session, type SignInBody } from './session-contract';

export const sessionKeys = {
  current: ['session'] as const,
};

/** Who is signed in. The demo answers with its demo staff member. */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current,
    queryFn: ({ signal }) => apiRequest('/session', { schema: sessionSchema, signal }),
    staleTime: 5 * 60_000,
  });
}

export function signIn(body: SignInBody): Promise<Session> {
  return apiRequest('/session', { method: 'POST', body, schema: sessionSchema });
}

export function signOut(): Promise<null> {
  return apiRequest('/session', { method: 'DELETE', schema: z.null() });
}

/** The path to come back to after signing in: only a path on this site, never another origin. */
export function isSafeReturnPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && !path.startsWith('/sign-in');
}
