import { act as reactAct, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { account, someAccount } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';

describe('when the server cannot be reached', () => {
  it('says so once when the browser goes offline, marks the header totals as last known, and clears it back online', async () => {
    await renderApp('/paid');
    const total = await screen.findByTestId('active-users-total');
    expect(total).not.toHaveTextContent('last known');
    reactAct(() => onlineManager.setOnline(false));
    expect(await screen.findByText('You are offline.')).toBeInTheDocument();
    expect(screen.getAllByText(/You are offline|cannot be reached/)).toHaveLength(1);
    expect(screen.getByTestId('active-users-total')).toHaveTextContent(/last known$/);
    expect(screen.getByTestId('next-invoice-total')).toHaveTextContent(/last known$/);
    reactAct(() => onlineManager.setOnline(true));
    await waitFor(() => expect(screen.queryByText('You are offline.')).not.toBeInTheDocument());
    expect(screen.getByTestId('active-users-total')).not.toHaveTextContent('last known');
  });

  it('says so when requests get no answer, and stops once one is answered again', async () => {
    const { user } = await renderApp('/paid');
    await screen.findByTestId('active-users-total');
    server.use(http.all('*/api/v1/*', () => HttpResponse.error()));
    await user.click(
      within(screen.getByRole('navigation', { name: 'Dashboard' })).getByRole('link', { name: /Active Trials/ }),
    );
    expect(await screen.findByText('The server cannot be reached.')).toBeInTheDocument();
    expect(screen.getByTestId('active-users-total')).toHaveTextContent(/last known$/);
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText('The server cannot be reached.')).not.toBeInTheDocument());
  });

  it('never says nothing was changed when a change got no answer: it could not be confirmed, and the account is reloaded', async () => {
    const trial = await someAccount('trial', (candidate) => candidate.monitoredUsers > 0);
    const { user } = await renderApp(`/accounts/${trial.accountNumber}`);
    await user.click(await screen.findByRole('button', { name: 'Upgrade to paid' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade to paid' });
    // The server makes the change, but its answer is lost on the way back.
    server.use(
      http.post('*/api/v1/accounts/:number/upgrade', async ({ request }) => {
        await testApi().app.fetch(request);
        return HttpResponse.error();
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Upgrade' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The change could not be confirmed');
    expect(alert).not.toHaveTextContent(/Nothing was changed/);
    expect((await account(trial.accountNumber)).status).toBe('paid');
    // Refetched: the page behind the dialog shows the account as the server has it.
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Change seats', hidden: true }).length).toBeGreaterThan(0),
    );
  });

  it('keeps what was typed in Add Customer and says the outcome is unknown', async () => {
    const { user } = await renderApp('/trials');
    await user.click(await screen.findByRole('button', { name: 'Add Customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Customer' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email address' }), 'lost.answer@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: 'Organization name' }), 'Lost Answer Ltd');
    server.use(
      http.post('*/api/v1/accounts', async ({ request }) => {
        await testApi().app.fetch(request);
        return HttpResponse.error();
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('It could not be confirmed whether Lost Answer Ltd was added');
    expect(within(dialog).getByRole('textbox', { name: 'Email address' })).toHaveValue('lost.answer@example.com');
    // The board was fetched again: the account that was in fact added is on it.
    expect(await screen.findByRole('link', { name: 'Lost Answer Ltd', hidden: true })).toBeInTheDocument();
  });
});
