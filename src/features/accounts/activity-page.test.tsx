import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testApi } from '../../../mocks/node';
import type { ActivityPage } from '../../api/activity-contract';
import { formatMoney } from '../../components/format';
import { renderApp } from '../../../tests/render-app';

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  return (await (await testApi().app.request(`/api/v1${path}`, init)).json()) as T;
}

const post = (path: string, body: unknown) =>
  testApi().app.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A customer made paid: an entry that charged, whatever the demo history holds. */
async function upgradedCustomer(): Promise<string> {
  const created = await post('/accounts', {
    email: 'activity.filters@example.com',
    organizationName: 'Activity Filters Ltd',
  });
  const { accountNumber } = (await created.json()) as { accountNumber: string };
  await post(`/accounts/${accountNumber}/upgrade`, { seats: 3 });
  return accountNumber;
}

const totals = () => screen.findByText(/entr(y|ies)( match)?$/);

afterEach(() => vi.restoreAllMocks());

describe('Activity’s filters', { timeout: 30_000 }, () => {
  it('filters by action into the URL, with the total charged by the whole selection, and Back restores', async () => {
    await upgradedCustomer();
    const upgrades = await api<ActivityPage>('/activity?action=upgraded&limit=1');
    const { user, router } = await renderApp('/activity');
    await screen.findByRole('table', { name: 'Activity across the fleet' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Upgraded');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ action: 'upgraded' }));
    await waitFor(async () =>
      expect(await totals()).toHaveTextContent(`${upgrades.total} ${upgrades.total === 1 ? 'entry' : 'entries'} match`),
    );
    expect(screen.getByText(/Total charged in this selection/)).toHaveTextContent(formatMoney(upgrades.chargedCents!));
    const rows = within(screen.getByRole('table', { name: 'Activity across the fleet' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBe(Math.min(upgrades.total, 50));

    router.history.back();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue(''));
    expect(router.state.location.search).not.toHaveProperty('action');
  });

  it('filters by account, staff member and days, and a mangled URL falls back to no filter', async () => {
    const accountNumber = await upgradedCustomer();
    const { user, router } = await renderApp('/activity?from=nope&action=zzz&account=%00');
    expect(await screen.findByRole('combobox', { name: 'Action' })).toHaveValue('');
    expect(router.state.location.search).toEqual({});

    await user.type(screen.getByRole('searchbox', { name: 'Account' }), `${accountNumber}{Enter}`);
    await waitFor(async () => expect(await totals()).toHaveTextContent('2 entries match'));
    const mine = await api<ActivityPage>(`/activity?account=${accountNumber}`);
    const actor = mine.items[0]!.actor;
    await user.type(screen.getByRole('searchbox', { name: 'Staff member' }), `${actor.toUpperCase()}{Enter}`);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ account: accountNumber }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ actor: actor.toUpperCase() }));
    expect(await totals()).toHaveTextContent('2 entries match');
    expect(screen.getByText(/Total charged in this selection/)).toHaveTextContent(formatMoney(mine.chargedCents!));

    const day = mine.items[0]!.at.slice(0, 10);
    const from = screen.getByLabelText('From day');
    await user.type(from, day);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ from: day }));
    await user.clear(screen.getByLabelText('To day'));
    await user.type(screen.getByLabelText('To day'), '2001-01-01');
    // Upside down: the last day is dropped rather than showing nothing.
    await waitFor(() => expect(router.state.location.search).toMatchObject({ to: '2001-01-01' }));
    expect(await totals()).toHaveTextContent('2 entries match');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it('exports what the filters select as a CSV file', async () => {
    const accountNumber = await upgradedCustomer();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:activity';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp(`/activity?account=${accountNumber}`);
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const lines = (await saved[0]!.text()).trim().split('\n');
    expect(lines[0]).toBe('At (UTC),Account,Organization,By,Action,What changed,Charged');
    expect(lines.slice(1).map((line) => line.split(',')[4])).toEqual(['upgraded', 'created']);
  });
});
