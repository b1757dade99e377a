import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetTestApi, server, testApi } from '../../../mocks/node';
import { account, accountsOn, act, apiJson } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';

const checkboxOf = (name: string, accountNumber: string) =>
  screen.getByRole('checkbox', { name: `Select ${name} (${accountNumber})` });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bulk actions on a board', { timeout: 30_000 }, () => {
  it('extends the selected trials and lists the one the rules refused, with its reason', async () => {
    const [first, second, capped] = await accountsOn('trial');
    // Already at its 90-day cap after two 30-day extensions, so a third is refused.
    for (const _ of [1, 2]) await act(capped!.accountNumber, 'extend-trial', { days: 30 }).catch(() => null);
    const cappedBefore = await account(capped!.accountNumber);
    const { user } = await renderApp('/trials?view=cards');
    await screen.findAllByTestId('account-card');
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('Select accounts to act on several at once.')).toBeInTheDocument();

    for (const one of [first!, second!, capped!]) await user.click(checkboxOf(one.organizationName, one.accountNumber));
    expect(within(bar).getByText('3 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Extend trials…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend 3 trials' });
    await user.click(within(dialog).getByRole('radio', { name: '30 days' }));
    await user.click(within(dialog).getByRole('button', { name: 'Extend 3' }));

    expect(await within(dialog).findByText('2 accounts extended; 1 refused.')).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 of 3');
    const refused = within(dialog).getByRole('list', { name: 'Refused accounts' });
    expect(within(refused).getByRole('listitem')).toHaveTextContent(
      new RegExp(`^${capped!.organizationName} \\(${capped!.accountNumber}\\): A trial can run at most 90 days`),
    );
    for (const done of [first!, second!])
      expect((await account(done.accountNumber)).trialEndsAt! > done.trialEndsAt!).toBe(true);
    expect(await account(capped!.accountNumber)).toEqual(cappedBefore);

    // Closing clears the selection; the board was refreshed from the server.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(bar).getByText('Select accounts to act on several at once.')).toBeInTheDocument();
    expect(checkboxOf(first!.organizationName, first!.accountNumber)).not.toBeChecked();
  });

  it('selects all matching across pages, shows progress chunk by chunk, and refreshes the totals', async () => {
    resetTestApi(600);
    const expired = await apiJson<{ total: number }>('/accounts?status=expired&limit=1');
    expect(expired.total).toBeGreaterThan(100);
    const summaryBefore = await apiJson<{ counts: { expired: number } }>('/summary');
    // The second chunk waits until the test has seen the first one's progress.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    server.use(
      http.post('*/api/v1/accounts/bulk', async ({ request }) => {
        calls += 1;
        if (calls === 2) await gate;
        return testApi().app.fetch(request);
      }),
    );
    const { user } = await renderApp('/expired?view=list');
    await screen.findByRole('table');
    // Fewer rows are loaded than match: the selection is of all of them, not only what is on screen.
    expect(within(screen.getByRole('table')).getAllByRole('row').length - 2).toBeLessThan(expired.total);
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('button', { name: `Select all ${expired.total} matching` }));
    expect(within(bar).getByText(`All ${expired.total} matching accounts selected`)).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Remove…' }));
    const dialog = await screen.findByRole('dialog', { name: `Remove ${expired.total} expired trials` });
    await user.click(within(dialog).getByRole('button', { name: `Remove ${expired.total}` }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(`100 of ${expired.total}`);
    expect(within(dialog).getByRole('progressbar', { name: 'Working through the accounts' })).toHaveAttribute(
      'value',
      '100',
    );
    release();
    expect(await within(dialog).findByText(`${expired.total} accounts removed.`)).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent(`${expired.total} of ${expired.total}`);
    expect(calls).toBe(Math.ceil(expired.total / 100));

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('No expired trials')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /^Expired Trials/ })).toHaveTextContent(/0$/));
    expect((await apiJson<{ counts: { expired: number } }>('/summary')).counts.expired).toBe(
      summaryBefore.counts.expired - expired.total,
    );
  });

  it('starts the selection afresh when the search changes, and has no checkboxes on Paid', async () => {
    const [first] = await accountsOn('trial');
    const { user } = await renderApp('/trials?view=list');
    await screen.findByRole('table');
    await user.click(checkboxOf(first!.organizationName, first!.accountNumber));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('1 selected')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search accounts' }), 'a');
    await waitFor(() =>
      expect(within(bar).getByText('Select accounts to act on several at once.')).toBeInTheDocument(),
    );

    await user.click(
      within(screen.getByRole('navigation', { name: 'Dashboard' })).getByRole('link', { name: /^Paid/ }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Paid Subscriptions' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(screen.queryAllByRole('checkbox', { name: /^Select / })).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('offers a role only the bulk actions and exports it may take', async () => {
    await apiJson('/demo/view-as', { method: 'POST', body: JSON.stringify({ role: 'sales' }) });
    const { user } = await renderApp('/expired?view=list');
    await screen.findByRole('table');
    // Sales may extend an expired trial but not remove one.
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByRole('button', { name: 'Extend trials…' })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Remove…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Dashboard' })).getByRole('link', { name: /^Paid/ }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Paid Subscriptions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Billing CSV…' })).not.toBeInTheDocument();
  });

  it('exports exactly what the board shows as CSV', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:export';
    });
    URL.revokeObjectURL ??= () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const expected = await apiJson<{ items: Array<{ accountNumber: string }> }>(
      '/accounts?status=trial&sort=name&limit=200',
    );
    const { user } = await renderApp('/trials?view=list&sort=name');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const lines = (await saved[0]!.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Account number,Organization,Email,Status/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(expected.items.map((item) => item.accountNumber));
  });
});
