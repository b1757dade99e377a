import type { Account, Summary } from '../src/api/contract';
import { testApi } from '../mocks/node';

/** Reads the mock API directly, as the truth a test checks the console against. */
export async function apiJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await testApi().app.request(`/api/v1${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init?.headers },
  });
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export async function accountsOn(status: 'paid' | 'trial' | 'expired'): Promise<Account[]> {
  return (await apiJson<{ items: Account[] }>(`/accounts?status=${status}&limit=200`)).items;
}

/** The first account on a board that fits, so a test does not depend on the seeded fleet's order. */
export async function someAccount(
  status: 'paid' | 'trial' | 'expired',
  fits: (account: Account) => boolean = () => true,
): Promise<Account> {
  const account = (await accountsOn(status)).find(fits);
  if (!account) throw new Error(`No ${status} account fits`);
  return account;
}

/** The summary as the tests' Admin sees it: with the billing figure. */
export async function summary(): Promise<Summary & { nextInvoiceCents: number }> {
  const found = await apiJson<Summary>('/summary');
  if (found.nextInvoiceCents === null) throw new Error('The summary has no Next invoice: not signed in as an Admin');
  return { ...found, nextInvoiceCents: found.nextInvoiceCents };
}

export function account(accountNumber: string): Promise<Account> {
  return apiJson<Account>(`/accounts/${accountNumber}`);
}

export function act(accountNumber: string, path: string, body?: unknown) {
  return apiJson<{ account: Account }>(`/accounts/${accountNumber}/${path}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** "$1,234.50" as the console writes cents in the test's locale. */
export function money(cents: number): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(cents / 100);
}
