import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../../src/api/contract';

/** An RFC 9457 problem+json response; every refusal the API makes goes through here. */
export function problemResponse(
  status: ContentfulStatusCode,
  title: string,
  extra: { detail?: string; errors?: Record<string, string> } = {},
): Response {
  const body: Problem = { type: 'about:blank', title, status, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Thrown anywhere in a route to answer with a problem. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly extra: { detail?: string; errors?: Record<string, string> } = {},
  ) {
    super(extra.detail ?? title);
  }

  toResponse(): Response {
    return problemResponse(this.status, this.title, this.extra);
  }
}

/** 415: the one answer to a body that is not JSON, from the app and from readJson alike. */
export function notJson(): ProblemError {
  return new ProblemError(415, 'Send JSON', { detail: 'The request body must be application/json.' });
}
