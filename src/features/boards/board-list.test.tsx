import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { account, accountsOn, money, summary } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import type { Account } from '../../api/contract';
import { actionLabels, allowedActions } from '../../domain/lifecycle/allowed-actions';
import { formatDay } from '../../components/format';

const asOf = '2026-11-21';

function headers(table: HTMLElement) {
  return within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
}

function rowOf(table: HTMLElement, company: string): HTMLElement {
  return within(table).getByRole('link', { name: company }).closest<HTMLElement>('[role="row"]')!;
}

describe('the Paid list', () => {
  it('shows seats used of paid, the monthly amount, the renewal day and any pending change as columns', async () => {
    const [model] = await accountsOn('paid');
    const { pricePerSeatCents } = await summary();
    const paid = (changes: Partial<Account>): Account => ({
      ...model!,
      cancelsOn: null,
      pendingSeats: null,
      renewsOn: '2026-12-14',
      ...changes,
    });
    const items = [
      paid({
        accountNumber: 'A-000001',
        organizationName: 'Decreasing Ltd',
        monitoredUsers: 12,
        seats: 20,
        pendingSeats: 15,
      }),
      paid({
        accountNumber: 'A-000002',
        organizationName: 'Leaving Ltd',
        monitoredUsers: 4,
        seats: 5,
        cancelsOn: '2026-12-14',
      }),
      paid({ accountNumber: 'A-000003', organizationName: 'Crowded Ltd', monitoredUsers: 1250, seats: 1200 }),
    ];
    server.use(
      http.get('*/api/v1/accounts', () =>
        HttpResponse.json({ items, nextCursor: null, total: 3, monitoredUsersTotal: 1266, asOf }),
      ),
    );
    await renderApp('/paid?view=list');
    const table = await screen.findByRole('table', { name: 'Paid Subscriptions' });
    expect(headers(table)).toEqual([
      'Company',
      'Status',
      'Seats used',
      'Monthly',
      'Renews on',
      'Pending change',
      'Actions',
    ]);

    const cells = (company: string) =>
      within(rowOf(table, company))
        .getAllByRole('cell')
        .map((cell) => cell.querySelector('.accounts-table__value')?.textContent ?? cell.textContent);
    expect(cells('Decreasing Ltd').slice(1, 5)).toEqual([
      '12 / 20',
      money(20 * pricePerSeatCents),
      formatDay('2026-12-14'),
      `20 → 15 seats on ${formatDay('2026-12-14')}`,
    ]);
    expect(cells('Leaving Ltd').slice(1, 5)).toEqual([
      '4 / 5',
      money(5 * pricePerSeatCents),
      '—Does not renew',
      `Paid until ${formatDay('2026-12-13')}, then cancelled`,
    ]);
    // Figures in the reader's locale, the excess said in words beside them.
    expect(cells('Crowded Ltd')[1]).toBe(`${(1250).toLocaleString()} / ${(1200).toLocaleString()}⚠ Over by 50 users`);
    expect(cells('Crowded Ltd')[3]).toBe(formatDay('2026-12-14'));
  });

  it('right-aligns its numbers in tabular figures', async () => {
    await renderApp('/paid?view=list');
    const table = await screen.findByRole('table', { name: 'Paid Subscriptions' });
    const monthly = within(table).getAllByRole('columnheader')[3]!;
    expect(monthly).toHaveClass('accounts-table__cell--number');
    const [firstRow] = within(table).getAllByRole('row').slice(1);
    const cell = within(firstRow!).getAllByRole('cell')[2]!;
    expect(cell).toHaveClass('accounts-table__cell--number', 'numeric');
  });
});

describe('the Trials list', () => {
  it('says a trial’s days left once: in its status, not again in a column', async () => {
    await renderApp('/trials?view=list');
    const table = await screen.findByRole('table', { name: 'Active Trials' });
    expect(headers(table)).toEqual(['Company', 'Status', 'Monitored users', 'Trial ends', 'Created', 'Actions']);
    const [firstRow] = within(table).getAllByRole('row').slice(1);
    const status = within(firstRow!).getAllByRole('cell')[0]!.textContent;
    expect(status).toMatch(/days left|Ends/);
    expect(firstRow!.textContent.split(status)).toHaveLength(2);
  });
});

describe('a list row’s actions', () => {
  it('are one menu with the card’s actions, each opening the same dialog', async () => {
    const [trial] = await accountsOn('trial');
    const { user } = await renderApp('/trials?view=list');
    const table = await screen.findByRole('table', { name: 'Active Trials' });
    const row = rowOf(table, trial!.organizationName);
    const button = await within(row).findByRole('button', { name: `Actions for ${trial!.organizationName}` });
    expect(within(row).getAllByRole('button')).toEqual([button]);

    await user.click(button);
    const menu = await screen.findByRole('menu', { name: `Actions for ${trial!.organizationName}` });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([...allowedActions(trial!, asOf).map((action) => actionLabels[action]), 'Open account']);
    expect(within(menu).getByRole('menuitem', { name: 'Open account' })).toHaveAttribute('href', trial!.consoleUrl);

    await user.click(within(menu).getByRole('menuitem', { name: 'Extend trial' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend trial' });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /^7 days/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Extend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await account(trial!.accountNumber)).trialEndsAt).not.toBe(trial!.trialEndsAt);
    // Focus comes back to the row's menu button, not to the top of the page.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Actions for ${trial!.organizationName}` })).toHaveFocus(),
    );
  });

  it('open from the keyboard, and Escape closes a dialog back onto the menu button', async () => {
    const [expired] = await accountsOn('expired');
    const { user } = await renderApp('/expired?view=list');
    const button = await screen.findByRole('button', { name: `Actions for ${expired!.organizationName}` });
    button.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{Enter}');
    const first = actionLabels[allowedActions(expired!, asOf)[0]!];
    expect(await screen.findByRole('dialog', { name: first })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The button pressed was the plain stand-in; the menu's own button, of the same name, has focus now.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Actions for ${expired!.organizationName}` })).toHaveFocus(),
    );
  });

  it('mounts no menu until the button is pressed, and opens with the first press', async () => {
    const [trial] = await accountsOn('trial');
    const { user } = await renderApp('/trials?view=list');
    const button = await screen.findByRole('button', { name: `Actions for ${trial!.organizationName}` });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await user.hover(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button);
    expect(await screen.findByRole('menu', { name: `Actions for ${trial!.organizationName}` })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    const menuButton = screen.getByRole('button', { name: `Actions for ${trial!.organizationName}` });
    expect(menuButton).toHaveFocus();
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });
});
