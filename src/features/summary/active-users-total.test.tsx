import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetTestApi, testApi } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

async function expectedActiveUsers(): Promise<number> {
  // Summed here from the paid board itself, not read from /summary, so the two are checked against each other.
  let cursor: string | null = null;
  let total = 0;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page = (await (await testApi().app.request(`/api/v1/accounts?status=paid&limit=200${query}`)).json()) as {
      items: Array<{ monitoredUsers: number; status: string }>;
      nextCursor: string | null;
    };
    for (const item of page.items) total += item.monitoredUsers;
    cursor = page.nextCursor;
  } while (cursor);
  return total;
}

describe('the Active Users total in the header', () => {
  it('counts paid accounts only, with thousands separators', async () => {
    resetTestApi(1500, 9);
    const expected = await expectedActiveUsers();
    expect(expected).toBeGreaterThan(9999);
    await renderApp('/trials');
    const total = await screen.findByTestId('active-users-total');
    expect(total).toHaveTextContent(new RegExp(`^${expected.toLocaleString('en-US')}$`));
    expect(total.textContent).toMatch(/^\d{1,3}(,\d{3})+$/);
  });

  it('is on every page', async () => {
    for (const path of ['/paid', '/trials', '/expired', '/no-such-page']) {
      const { unmount } = await renderApp(path);
      expect(await screen.findByTestId('active-users-total')).toBeInTheDocument();
      unmount();
    }
  });

  it('stays right after a customer is added: trials do not count', async () => {
    const expected = await expectedActiveUsers();
    const { user } = await renderApp('/paid');
    await waitFor(() =>
      expect(screen.getByTestId('active-users-total')).toHaveTextContent(expected.toLocaleString('en-US')),
    );
    await user.click(screen.getByRole('button', { name: 'Add Customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Customer' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email address' }), 'totals@stay.example');
    await user.type(within(dialog).getByRole('textbox', { name: 'Organization name' }), 'Totals Stay Put');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('active-users-total')).toHaveTextContent(expected.toLocaleString('en-US'));
    expect(await expectedActiveUsers()).toBe(expected);
  });
});
