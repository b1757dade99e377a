import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account, apiJson, someAccount, summary } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import type { Account } from '../../api/contract';
import { addDays } from '../../domain/calendar';
import { formatDay } from '../../components/format';

afterEach(() => vi.restoreAllMocks());

describe('Remove account and Restore', () => {
  it('names the company, moves it to Removed and cancelled, and restores it from there', async () => {
    const expired = await someAccount('expired');
    const before = await summary();
    const { user } = await renderApp('/expired?view=cards');
    const card = await screen.findByRole('article', { name: expired.organizationName });
    expect(within(card).queryByRole('button', { name: 'Cancel subscription' })).not.toBeInTheDocument();
    await user.click(await within(card).findByRole('button', { name: 'Remove account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove account' });
    expect(within(dialog).getByText(`Remove ${expired.organizationName}?`)).toBeInTheDocument();
    expect(dialog).toHaveTextContent(`Its email, ${expired.email}, stays taken`);
    await user.click(within(dialog).getByRole('button', { name: 'Remove account' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: expired.organizationName })).not.toBeInTheDocument(),
    );
    expect((await account(expired.accountNumber)).status).toBe('removed');

    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    const removedLink = within(nav).getByRole('link', { name: /^Removed and cancelled/ });
    await waitFor(() => expect(removedLink).toHaveTextContent(String(before.ended + 1)));
    await user.click(removedLink);
    expect(await screen.findByRole('heading', { level: 1, name: 'Removed and cancelled' })).toBeInTheDocument();
    const row = screen.getByRole('link', { name: expired.organizationName }).closest('tr')!;
    expect(row).toHaveTextContent(formatDay(addDays('2026-11-21', 14)));
    expect(await within(row).findByRole('button', { name: 'Download data' })).toBeInTheDocument();

    await user.click(await within(row).findByRole('button', { name: 'Restore' }));
    const restore = await screen.findByRole('dialog', { name: 'Restore' });
    await user.click(within(restore).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: expired.organizationName })).not.toBeInTheDocument());
    expect((await account(expired.accountNumber)).status).toBe('expired');
    await waitFor(() => expect(removedLink).toHaveTextContent(String(before.ended)));
  });

  it('says so when nothing is removed or cancelled', async () => {
    expect((await apiJson<{ total: number }>('/ended-accounts')).total).toBe(0);
    await renderApp('/removed');
    expect(await screen.findByText('Nothing removed or cancelled')).toBeInTheDocument();
  });
});

describe('Download data', () => {
  it('saves the account’s data as a JSON file', async () => {
    const expired = await someAccount('expired');
    await apiJson<Account>(`/accounts/${expired.accountNumber}/remove`, { method: 'POST' });
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:export';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(`${expired.accountNumber}-data.json`);
      expect(this.href).toBe('blob:export');
    });

    const { user } = await renderApp(`/accounts/${expired.accountNumber}`);
    await user.click(await screen.findByRole('button', { name: 'Download data' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const data = JSON.parse(await saved!.text()) as { account: Account; history: unknown[] };
    expect(data.account.accountNumber).toBe(expired.accountNumber);
    expect(data.history.length).toBeGreaterThan(0);
  });
});
