import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, ContractError } from '../api/client';

/**
 * Retries are for the network and the server's bad moments. A 4xx will say
 * the same thing again, and a response that breaks the contract will too.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ContractError) return false;
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export interface QueryClientOptions {
  /** Called when any request answers 401: the session has ended, so the user signs in again. */
  onUnauthorized?: () => void;
}

export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}): QueryClient {
  const handle = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) onUnauthorized?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
