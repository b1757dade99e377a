import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { AccountStatus } from '../domain/account-status';
import { apiRequest } from './client';
import { accountPageSchema, accountSchema, summarySchema, type Account, type CreateAccountBody } from './contract';

/** Every query key for accounts, built here and nowhere else. */
export const accountKeys = {
  all: ['accounts'] as const,
  boards: () => [...accountKeys.all, 'board'] as const,
  board: (status: AccountStatus) => [...accountKeys.boards(), status] as const,
  details: () => [...accountKeys.all, 'detail'] as const,
  detail: (accountNumber: string) => [...accountKeys.details(), accountNumber] as const,
  summary: () => [...accountKeys.all, 'summary'] as const,
};

export const BOARD_PAGE_SIZE = 60;

export function boardQueryOptions(status: AccountStatus) {
  return infiniteQueryOptions({
    queryKey: accountKeys.board(status),
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/accounts', {
        schema: accountPageSchema,
        query: { status, limit: BOARD_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function summaryQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.summary(),
    queryFn: ({ signal }) => apiRequest('/summary', { schema: summarySchema, signal }),
  });
}

export function accountQueryOptions(accountNumber: string) {
  return queryOptions({
    queryKey: accountKeys.detail(accountNumber),
    queryFn: ({ signal }) =>
      apiRequest(`/accounts/${encodeURIComponent(accountNumber)}`, { schema: accountSchema, signal }),
  });
}

export function createAccount(body: CreateAccountBody): Promise<Account> {
  return apiRequest('/accounts', { method: 'POST', body, schema: accountSchema });
}

export function resetDemo(): Promise<null> {
  return apiRequest('/demo/reset', { method: 'POST', schema: z.null() });
}
