import { QueryClient } from '@tanstack/react-query';
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

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
