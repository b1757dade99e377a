import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { createQueryClient } from './query-client';

const refusal = (status: number) => new ApiError({ type: 'about:blank', title: 'Refused', status });

describe('the query client', () => {
  it('reports a 401 from a query or a mutation (the session has ended), and nothing else', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    await client.fetchQuery({ queryKey: ['forbidden'], queryFn: () => Promise.reject(refusal(403)) }).catch(() => {});
    await client
      .fetchQuery({ queryKey: ['broken'], queryFn: () => Promise.reject(new Error('boom')), retry: false })
      .catch(() => {});
    expect(onUnauthorized).not.toHaveBeenCalled();

    await client.fetchQuery({ queryKey: ['expired'], queryFn: () => Promise.reject(refusal(401)) }).catch(() => {});
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(refusal(401)) })
      .execute(undefined)
      .catch(() => {});
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
  });
});
