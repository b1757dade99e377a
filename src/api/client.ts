import { z } from 'zod/mini';
import { apiPrefix, problemSchema, type Problem } from './contract';
import { config } from './config';

/** The API refused the request; `problem` is its RFC 9457 body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}. ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): Record<string, string> {
    return this.problem.errors ?? {};
  }
}

/**
 * An `onError` for a one-field form: a refusal the API pinned on `field` goes under that field, anything else
 * (a conflict, the network, a 500) to the form as a whole. What was typed stays either way.
 */
export function routeRefusal(field: string, toField: (message: string) => void, toForm: (failure: Error) => void) {
  return (failure: Error) => {
    const message = failure instanceof ApiError ? failure.fieldErrors[field] : undefined;
    if (message) toField(message);
    else toForm(failure);
  };
}

/** The API answered with something that does not fit the contract. */
export class ContractError extends Error {
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`The server sent a response the console does not understand (${path}).`);
    this.name = 'ContractError';
  }
}

/** The request never got an answer: offline, DNS, CORS, or the server is down. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The console could not reach the server. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

/**
 * A change whose outcome the console cannot know: the request got no answer,
 * or an answer it cannot read. The server may have made the change.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof ContractError;
}

// Any zod schema, mini or classic (their common core type), parsed with mini's `safeParse` function.
interface RequestOptions<S extends z.core.$ZodType> {
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  signal?: AbortSignal;
}

function urlFor(path: string, query: RequestOptions<z.core.$ZodType>['query']): URL {
  const base = config.apiBaseUrl || globalThis.location.origin;
  const url = new URL(`${base}${apiPrefix}${path}`);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  return url;
}

async function problemFrom(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    status: response.status,
    title: response.status >= 500 ? 'The server ran into a problem' : `The request failed (${response.status})`,
    detail: response.status >= 500 ? 'Try again in a moment.' : undefined,
  };
  try {
    const parsed = z.safeParse(problemSchema, await response.json());
    return parsed.success ? { ...parsed.data, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Every call to the API goes through here: one place that turns refusals
 * into ApiError, and that checks every answer against the contract.
 */
export async function apiRequest<S extends z.core.$ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const init: RequestInit = {
    method: options.method ?? 'GET',
    signal: options.signal,
    credentials: 'include',
    headers: { Accept: 'application/json' },
  };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }

  let response: Response;
  try {
    response = await fetch(urlFor(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));

  let json: unknown = null;
  if (response.status !== 204) {
    try {
      json = await response.json();
    } catch {
      throw new ContractError(path, 'The body is not JSON');
    }
  }
  const parsed = z.safeParse(options.schema, json);
  if (!parsed.success) throw new ContractError(path, parsed.error.message);
  return parsed.data;
}

/** A file the API makes (a CSV export): its bytes and the name it gives it, or the same errors as apiRequest. */
export async function apiFile(
  path: string,
  options: { query?: RequestOptions<z.core.$ZodType>['query']; signal?: AbortSignal } = {},
): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(urlFor(path, options.query), {
      signal: options.signal,
      credentials: 'include',
      headers: { Accept: 'text/csv, application/problem+json' },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  const filename = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'export.csv';
  return { blob: await response.blob(), filename };
}
