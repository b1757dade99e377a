import { z } from 'zod/mini';
import { hasHiddenCharacter } from '../domain/hidden-characters';
import { roles } from '../domain/permissions';

/**
 * Who is signed in, and the sign-in request. Kept apart from contract.ts (the
 * accounts) because sessions exist only where there are staff users: the live
 * server signs them in, the demo answers with its demo staff member.
 */
export const sessionSchema = z.object({
  // The role decides what the console shows (it hides what the role may not do; the API refuses it anyway).
  staff: z.object({ id: z.string(), email: z.string(), name: z.nullable(z.string()), role: z.enum(roles) }),
  msp: z.object({ id: z.string(), name: z.string() }),
});
export type Session = z.infer<typeof sessionSchema>;

/** Strict, and bounded so that a huge password cannot make hashing the server's bottleneck. */
export const signInBodySchema = z.strictObject({
  // No address in use holds a control or invisible character, and a NUL cannot even be looked up in PostgreSQL.
  email: z.string().check(
    z.maxLength(320),
    z.refine((email) => !hasHiddenCharacter(email), 'Email address contains a hidden or control character'),
  ),
  password: z.string().check(z.maxLength(1024)),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const SIGN_IN_REFUSED = 'Email or password is incorrect';
