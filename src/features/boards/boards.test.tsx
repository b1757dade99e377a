import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

async function boardFigures(status: 'paid' | 'trial' | 'expired') {
  const response = await testApi().app.request(`/api/v1/accounts?status=${status}&limit=200`);
  return (await response.json()) as {
    total: number;
    monitoredUsersTotal: number;
    items: Array<{ organizationName: string }>;
  };
}

describe.each([
  ['/paid', 'Paid Subscriptions', 'paid'],
  ['/trials', 'Active Trials', 'trial'],
  ['/expired', 'Expired Trials', 'expired'],
] as const)('the %s board', (path, title, status) => {
  it('shows the first accounts as cards, named by their company, each placed among the whole board', async () => {
    const expected = await boardFigures(status);
    await renderApp(`${path}?view=cards`);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: title });
    const items = within(list).getAllByRole('listitem');
    // Drawn as the page scrolls: a window's worth and a few more, never the whole board at once.
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(Math.min(expected.total, 12));
    items.forEach((item, index) => {
      expect(item).toHaveAttribute('aria-setsize', String(expected.total));
      expect(item).toHaveAttribute('aria-posinset', String(index + 1));
      const { organizationName } = expected.items[index]!;
      expect(within(item).getByRole('article', { name: organizationName })).toHaveAttribute(
        'data-testid',
        'account-card',
      );
    });
    expect(screen.getByRole('button', { name: 'Cards' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists the accounts in a table that counts the whole board, with its monitored users', async () => {
    const expected = await boardFigures(status);
    await renderApp(`${path}?view=list`);
    const table = await screen.findByRole('table', { name: title });
    expect(table).toHaveAttribute('aria-rowcount', String(expected.total + 2));
    const rows = within(table).getAllByRole('row').slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(expected.total);
    rows.forEach((row, index) => {
      expect(row).toHaveAttribute('aria-rowindex', String(index + 2));
      expect(within(row).getByRole('rowheader')).toHaveTextContent(expected.items[index]!.organizationName);
    });
    expect(screen.getByTestId('board-users-total')).toHaveTextContent(
      new RegExp(`^${expected.monitoredUsersTotal.toLocaleString('en-US')}$`),
    );
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByTestId('account-card')).not.toBeInTheDocument();
  });
});

describe('board views', () => {
  it('puts the chosen view in the URL and remembers it for the next board', async () => {
    const { user, router } = await renderApp('/paid');
    await screen.findAllByTestId('account-card');
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ view: 'list' });

    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    await user.click(within(nav).getByRole('link', { name: /^Expired Trials/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Expired Trials' })).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('mcc.view-preference') ?? '{}')).toMatchObject({ state: { view: 'list' } });
  });

  it('falls back to the remembered view when the URL holds a bad one', async () => {
    await renderApp('/trials?view=spreadsheet');
    expect(await screen.findAllByTestId('account-card')).not.toHaveLength(0);
  });

  it('names each board link with the board first and its size after', async () => {
    await renderApp('/paid');
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    const { counts } = (await (await testApi().app.request('/api/v1/summary')).json()) as {
      counts: Record<string, number>;
    };
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Paid Subscriptions/ })).toHaveTextContent(String(counts.paid)),
    );
    expect(within(nav).getByRole('link', { name: /^Active Trials/ })).toHaveTextContent(String(counts.trial));
    expect(within(nav).getByRole('link', { name: /^Expired Trials/ })).toHaveTextContent(String(counts.expired));
  });
});

describe('board states', () => {
  it('says so when a board is empty', async () => {
    server.use(
      http.get('*/api/v1/accounts', () =>
        HttpResponse.json({ items: [], nextCursor: null, total: 0, monitoredUsersTotal: 0, asOf: '2026-11-21' }),
      ),
    );
    await renderApp('/paid');
    expect(await screen.findByText('No paid subscriptions yet')).toBeInTheDocument();
  });

  it('shows a server error with a Retry that recovers', async () => {
    let fail = true;
    server.use(
      http.get('*/api/v1/accounts', () =>
        fail
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Service unavailable', status: 503, detail: 'Maintenance.' },
              { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    const { user } = await renderApp('/trials');
    expect(await screen.findByRole('alert')).toHaveTextContent('Active Trials could not be loaded');
    expect(screen.getByRole('heading', { level: 1, name: 'Active Trials' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByTestId('account-card')).not.toHaveLength(0);
  });

  it('shows a malformed response as a clear error, not a crash', async () => {
    server.use(http.get('*/api/v1/accounts', () => HttpResponse.json({ items: [{ accountNumber: 7 }] })));
    await renderApp('/expired');
    expect(await screen.findByRole('alert')).toHaveTextContent(/does not understand/);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('loads the next page on demand and keeps the board totals whole', async () => {
    const { resetTestApi } = await import('../../../mocks/node');
    resetTestApi(400, 3);
    const expected = await boardFigures('expired');
    const { user } = await renderApp('/expired?view=cards');
    await screen.findAllByTestId('account-card');
    const loaded = await screen.findByText(/^Showing \d+ of /);
    const shown = Number(/Showing (\d+)/.exec(loaded.textContent ?? '')![1]);
    expect(shown).toBeLessThan(expected.total);
    expect(loaded).toHaveTextContent(`Showing ${shown} of ${expected.total}`);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getByText(/^Showing \d+ of /)).not.toHaveTextContent(`Showing ${shown} of`));
  });
});
