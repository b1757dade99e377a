import type { Context } from 'hono';
import { z } from 'zod/mini';
import { isJsonMediaType } from './media-type';
import { notJson, ProblemError } from './problem';

export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  // A Map, then own properties: on a plain object a field named "__proto__" would set the prototype
  // instead, and the refusal would name no field.
  const errors = new Map<string, string>();
  for (const issue of error.issues) {
    const unknownKeys = issue.code === 'unrecognized_keys';
    const field = unknownKeys ? issue.keys.join(', ') : issue.path.join('.') || 'body';
    if (!errors.has(field)) errors.set(field, unknownKeys ? 'Unknown field' : issue.message);
  }
  return Object.fromEntries(errors);
}

/** The request's JSON body checked against a schema: 400 when it is not JSON, 422 when it does not fit. */
export async function readJson<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  if (!isJsonMediaType(c.req.header('Content-Type'))) throw notJson();
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ProblemError(400, 'Malformed JSON', { detail: 'The request body is not valid JSON.' });
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success)
    throw new ProblemError(422, 'Check the highlighted fields', { errors: fieldErrors(parsed.error) });
  return parsed.data;
}
