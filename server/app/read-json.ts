import type { Context } from 'hono';
import type { z } from 'zod';
import { ProblemError } from './problem';

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys';
    const field = unknownKeys ? issue.keys.join(', ') : issue.path.join('.') || 'body';
    errors[field] ??= unknownKeys ? 'Unknown field' : issue.message;
  }
  return errors;
}

/** The request's JSON body checked against a schema: 400 when it is not JSON, 422 when it does not fit. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ProblemError(400, 'Malformed JSON', { detail: 'The request body is not valid JSON.' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ProblemError(422, 'Check the highlighted fields', { errors: fieldErrors(parsed.error) });
  return parsed.data;
}
