import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
