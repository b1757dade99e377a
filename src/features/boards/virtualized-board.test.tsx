import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { accountsOn } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import type { Account } from '../../api/contract';

const loaded = 3_000;

/** A board of 3,000 accounts in one page: what 60 pages of scrolling would have loaded. */
async function serveLargeBoard(status: 'trial' | 'paid') {
  const [model] = await accountsOn(status);
  const items: Account[] = Array.from({ length: loaded }, (_, index) => ({
    ...model!,
    accountNumber: `A-${String(index + 1).padStart(6, '0')}`,
    organizationName: `Customer ${index + 1}`,
    email: `admin${index + 1}@customer.example`,
  }));
  server.use(
    http.get('*/api/v1/accounts', () =>
      HttpResponse.json({ items, nextCursor: null, total: loaded, monitoredUsersTotal: loaded, asOf: '2026-11-21' }),
    ),
  );
}

/** jsdom has no scrolling: the window's offset is set by hand and announced, as the browser would. */
function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  act(() => {
    window.dispatchEvent(new Event('scroll'));
  });
}

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
});

describe('a board with thousands of accounts loaded', () => {
  it('keeps only a window of cards in the DOM, and draws the ones scrolled to', async () => {
    await serveLargeBoard('trial');
    await renderApp('/trials?view=cards');
    const list = await screen.findByRole('list', { name: 'Active Trials' });
    const first = within(list).getAllByRole('listitem');
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(20);
    expect(first[0]).toHaveAttribute('aria-posinset', '1');
    expect(first[0]).toHaveAttribute('aria-setsize', String(loaded));

    // Halfway down the board (a row of cards is about 260 px high before it is measured).
    scrollWindowTo(1_500 * 260);
    await waitFor(() => expect(screen.getByRole('article', { name: 'Customer 1500' })).toBeInTheDocument());
    const drawn = within(list).getAllByRole('listitem');
    expect(drawn.length).toBeLessThan(20);
    expect(screen.queryByRole('article', { name: 'Customer 1' })).not.toBeInTheDocument();
    // The spacer before the drawn rows stands for the cards above them: the page keeps its full height.
    expect(parseFloat(list.style.paddingTop)).toBeGreaterThan(1_000 * 260);
  });

  it('keeps only a window of rows in the table, each saying where it stands', async () => {
    await serveLargeBoard('paid');
    await renderApp('/paid?view=list');
    const table = await screen.findByRole('table', { name: 'Paid Subscriptions' });
    expect(table).toHaveAttribute('aria-rowcount', String(loaded + 2));
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);

    scrollWindowTo(2_000 * 64);
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Customer 2000' })).toBeInTheDocument());
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeLessThan(40);
    const row = within(table).getByRole('link', { name: 'Customer 2000' }).closest('[role="row"]');
    expect(row).toHaveAttribute('aria-rowindex', String(2000 + 1));
  });
});
