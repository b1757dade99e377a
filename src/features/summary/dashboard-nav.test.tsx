import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { accountKeys } from '../../api/accounts';
import { renderApp } from '../../../tests/render-app';

describe('the Dashboard navigation', () => {
  it('keeps the view the URL chose when moving between boards', async () => {
    // A shared link opens the list; the remembered preference (cards) must not take over on the next board.
    const { user, router } = await renderApp('/paid?view=list');
    await screen.findByRole('table', { name: 'Paid Subscriptions' });
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    const trials = within(nav).getByRole('link', { name: /^Active Trials/ });
    expect(trials).toHaveAttribute('href', '/trials?view=list');

    await user.click(trials);
    expect(await screen.findByRole('table', { name: 'Active Trials' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ view: 'list' });
    expect(screen.queryAllByTestId('account-card')).toHaveLength(0);

    await user.click(within(nav).getByRole('link', { name: /^Expired Trials/ }));
    expect(await screen.findByRole('table', { name: 'Expired Trials' })).toBeInTheDocument();
  });

  it('leaves the view to the remembered preference from pages that have none', async () => {
    await renderApp('/activity');
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    expect(within(nav).getByRole('link', { name: /^Paid Subscriptions/ })).toHaveAttribute('href', '/paid');
  });

  it('fetches the other boards once the board shown has loaded, so that switching draws from the cache (the demo)', async () => {
    const { user, queryClient } = await renderApp('/paid');
    await screen.findAllByTestId('account-card');
    const loaded = (status: 'trial' | 'expired') =>
      queryClient.getQueryCache().findAll({ queryKey: accountKeys.board(status) })[0]?.state.data;
    await waitFor(() => {
      expect(loaded('trial')).toBeDefined();
      expect(loaded('expired')).toBeDefined();
    });

    const boardRequests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/accounts')) boardRequests.push(request.url);
    });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Dashboard' })).getByRole('link', { name: /^Active Trials/ }),
    );
    // The first card is there at once, from the cache (the board may refresh it behind the scenes).
    expect(await screen.findByRole('heading', { level: 1, name: 'Active Trials' })).toBeInTheDocument();
    expect(screen.getAllByTestId('account-card').length).toBeGreaterThan(0);
    expect(boardRequests.filter((url) => !url.includes('status=trial'))).toEqual([]);
  });
});
