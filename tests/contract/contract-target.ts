/** Something that answers API requests: the app in memory, or a server over HTTP. */
export interface ContractTarget {
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** The server's today (UTC), which the trial dates are counted from. */
  today: string;
}

export function postJson(target: ContractTarget, path: string, body: unknown, init: RequestInit = {}) {
  return target.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}
