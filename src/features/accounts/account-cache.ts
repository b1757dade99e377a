import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { accountKeys, activityKeys, endedKeys } from '../../api/accounts';
import type { Account, AccountPage, Summary } from '../../api/contract';
import type { AccountStatus } from '../../domain/account-status';

/** Where an account in a given state is listed: one of the boards, or the Removed and cancelled view. */
function listKeyFor(status: AccountStatus): QueryKey {
  return status === 'removed' || status === 'cancelled' ? endedKeys.all : accountKeys.board(status);
}

/**
 * What an action on an account changes, and nothing else: the list it left,
 * the list it joined, the header's figures, its history and the fleet's.
 */
export function keysChangedBy(before: AccountStatus, after: Account): QueryKey[] {
  const lists = new Map(
    [before, after.status].map((status) => [JSON.stringify(listKeyFor(status)), listKeyFor(status)]),
  );
  return [...lists.values(), accountKeys.summary(), activityKeys.account(after.accountNumber), activityKeys.fleet()];
}

/**
 * Everything an action on this account could have changed, for a change
 * whose outcome is unknown (no answer came back): the account, every list it
 * could be on or have moved to, the header's figures and the histories.
 */
export function keysAnActionCouldChange(account: Account): QueryKey[] {
  return [
    accountKeys.detail(account.accountNumber),
    accountKeys.boards(),
    endedKeys.all,
    accountKeys.summary(),
    activityKeys.account(account.accountNumber),
    activityKeys.fleet(),
  ];
}

export type Snapshot = Array<[QueryKey, unknown]>;

/**
 * Shows a change before the server confirms it: in the account's own page, on
 * the boards, and in the header's next invoice. Returns what it replaced, so
 * that a refusal can put it all back.
 */
export async function patchAhead(queryClient: QueryClient, account: Account, patched: Account): Promise<Snapshot> {
  const filters: Array<{ queryKey: QueryKey; exact?: boolean }> = [
    { queryKey: accountKeys.detail(account.accountNumber), exact: true },
    { queryKey: accountKeys.boards() },
    { queryKey: accountKeys.summary(), exact: true },
  ];
  // A refetch in flight would land on top of the patch with the old state.
  await Promise.all(filters.map((filter) => queryClient.cancelQueries(filter)));
  const snapshot: Snapshot = filters.flatMap((filter) => queryClient.getQueriesData(filter));

  queryClient.setQueryData<Account>(accountKeys.detail(account.accountNumber), (old) => (old ? patched : old));
  queryClient.setQueriesData<InfiniteData<AccountPage>>({ queryKey: accountKeys.boards() }, (old) =>
    old
      ? {
          ...old,
          pages: old.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.accountNumber === account.accountNumber ? patched : item)),
          })),
        }
      : old,
  );
  const invoiceDelta = (patched.nextChargeCents ?? 0) - (account.nextChargeCents ?? 0);
  queryClient.setQueryData<Summary>(accountKeys.summary(), (old) =>
    old && old.nextInvoiceCents !== null
      ? { ...old, nextInvoiceCents: Math.max(0, old.nextInvoiceCents + invoiceDelta) }
      : old,
  );
  return snapshot;
}

export function rollBack(queryClient: QueryClient, snapshot: Snapshot) {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
}
