import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { BoardStatus } from '../domain/account-status';
import type { Role } from '../domain/permissions';
import { sessionSchema, type Session } from './session-contract';
import { BOARD_PAGE_SIZE } from './board-page';
import { apiRequest } from './client';
import {
  accountExportSchema,
  accountPageSchema,
  accountSchema,
  actionResultSchema,
  demoSettingsSchema,
  endedPageSchema,
  historyPageSchema,
  organizationNameUseSchema,
  seatChangePreviewSchema,
  summarySchema,
  type Account,
  type AccountSort,
  type CreateAccountBody,
} from './contract';

/** Every query key for accounts, built here and nowhere else. */
export const accountKeys = {
  all: ['accounts'] as const,
  boards: () => [...accountKeys.all, 'board'] as const,
  board: (status: BoardStatus) => [...accountKeys.boards(), status] as const,
  details: () => [...accountKeys.all, 'detail'] as const,
  detail: (accountNumber: string) => [...accountKeys.details(), accountNumber] as const,
  summary: () => [...accountKeys.all, 'summary'] as const,
};

/** A board's search, filters and sort, as the console holds them (see listAccountsQuerySchema). */
export interface BoardFind {
  q?: string;
  sort?: AccountSort;
  endsWithin?: number;
  overSeats?: boolean;
  pendingDecrease?: boolean;
  cancelling?: boolean;
  createdFrom?: string;
  createdTo?: string;
  usersMin?: number;
  usersMax?: number;
}

export function findQuery({ q, overSeats, pendingDecrease, cancelling, ...rest }: BoardFind) {
  const flag = (value: boolean | undefined) => (value ? 'true' : undefined);
  return {
    ...rest,
    q: q?.trim() || undefined,
    overSeats: flag(overSeats),
    pendingDecrease: flag(pendingDecrease),
    cancelling: flag(cancelling),
  };
}

/**
 * One board's pages under one search, filter and sort. The key extends the
 * board's own, so invalidating a board refreshes every search of it; the
 * signal lets React Query cancel a search the user has typed past.
 */
export function boardQueryOptions(status: BoardStatus, find: BoardFind = {}) {
  return infiniteQueryOptions({
    queryKey: [...accountKeys.board(status), find] as const,
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/accounts', {
        schema: accountPageSchema,
        query: { status, limit: BOARD_PAGE_SIZE, cursor: pageParam, ...findQuery(find) },
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

/** This MSP's accounts already called `name`: Add Customer warns before adding another. */
export function organizationNameUseQueryOptions(name: string) {
  return queryOptions({
    queryKey: [...accountKeys.all, 'organization-name', name] as const,
    queryFn: ({ signal }) =>
      apiRequest('/organization-names', { schema: organizationNameUseSchema, query: { name }, signal }),
    enabled: name.trim() !== '',
    staleTime: 30_000,
  });
}

export function createAccount(body: CreateAccountBody): Promise<Account> {
  return apiRequest('/accounts', { method: 'POST', body, schema: accountSchema });
}

export function resetDemo(): Promise<null> {
  return apiRequest('/demo/reset', { method: 'POST', schema: z.null() });
}

export const activityKeys = {
  all: ['activity'] as const,
  fleet: () => [...activityKeys.all, 'fleet'] as const,
  account: (accountNumber: string) => [...activityKeys.all, 'account', accountNumber] as const,
};

export const endedKeys = { all: ['ended-accounts'] as const };

export function accountHistoryQueryOptions(accountNumber: string) {
  return infiniteQueryOptions({
    queryKey: activityKeys.account(accountNumber),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/history`, {
        schema: historyPageSchema,
        query: { limit: 50, cursor: pageParam },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function endedAccountsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: endedKeys.all,
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/ended-accounts', { schema: endedPageSchema, query: { limit: 50, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function seatChangePreviewQueryOptions(accountNumber: string, seats: number) {
  return queryOptions({
    queryKey: [...accountKeys.detail(accountNumber), 'seat-change', seats] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/seat-change`, {
        schema: seatChangePreviewSchema,
        query: { seats },
        signal,
      }),
    staleTime: 0,
  });
}

/** The lifecycle actions, each one POST (or DELETE) on the account. */
export const accountActions = {
  upgrade: (accountNumber: string, seats: number) => action(accountNumber, 'upgrade', { seats }),
  extendTrial: (accountNumber: string, days: number) => action(accountNumber, 'extend-trial', { days }),
  endTrial: (accountNumber: string) => action(accountNumber, 'end-trial'),
  changeSeats: (accountNumber: string, seats: number) => action(accountNumber, 'seats', { seats }),
  withdrawPendingSeats: (accountNumber: string) => action(accountNumber, 'pending-seats', undefined, 'DELETE'),
  cancel: (accountNumber: string) => action(accountNumber, 'cancel'),
  resume: (accountNumber: string) => action(accountNumber, 'resume'),
  remove: (accountNumber: string) => action(accountNumber, 'remove'),
  restore: (accountNumber: string) => action(accountNumber, 'restore'),
};
export type AccountActionName = keyof typeof accountActions;

function action(accountNumber: string, path: string, body?: unknown, method: 'POST' | 'DELETE' = 'POST') {
  return apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/${path}`, {
    method,
    body,
    schema: actionResultSchema,
  });
}

export function exportAccount(accountNumber: string) {
  return apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/export`, { schema: accountExportSchema });
}

export const demoKeys = { settings: ['demo', 'settings'] as const };

export function demoSettingsQueryOptions() {
  return queryOptions({
    queryKey: demoKeys.settings,
    queryFn: ({ signal }) => apiRequest('/demo', { schema: demoSettingsSchema, signal }),
  });
}

export function advanceDemoClock(days: number) {
  return apiRequest('/demo/clock', { method: 'POST', body: { days }, schema: demoSettingsSchema });
}

/** Demo only: look at the console as the demo's staff member of this role. */
export function viewDemoAs(role: Role): Promise<Session> {
  return apiRequest('/demo/view-as', { method: 'POST', body: { role }, schema: sessionSchema });
}
