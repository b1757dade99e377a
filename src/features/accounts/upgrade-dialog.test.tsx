import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { account, money, someAccount, summary } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';

async function openUpgrade(status: 'trial' | 'expired' = 'trial') {
  const trial = await someAccount(status, (candidate) => candidate.monitoredUsers > 2);
  const app = await renderApp(`/${status === 'trial' ? 'trials' : 'expired'}?view=cards`);
  const card = await screen.findByRole('article', { name: trial.organizationName });
  await app.user.click(await within(card).findByRole('button', { name: 'Upgrade to paid' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upgrade to paid' });
  return { ...app, trial, card, dialog, seats: within(dialog).getByRole('textbox', { name: 'Seats' }) };
}

describe('Upgrade to paid', () => {
  it('charges the first month for the seats chosen and moves the account to Paid at once', async () => {
    const before = await summary();
    const { user, trial, dialog, seats } = await openUpgrade();
    expect(seats).toHaveValue(String(trial.monitoredUsers));
    await user.clear(seats);
    await user.type(seats, String(trial.monitoredUsers + 5));
    const price = before.pricePerSeatCents;
    expect(within(dialog).getByText('First month charged now').nextElementSibling).toHaveTextContent(
      money((trial.monitoredUsers + 5) * price),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Upgrade' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: trial.organizationName })).not.toBeInTheDocument(),
    );
    // Its button left with the card: focus goes to the page rather than nowhere.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(await account(trial.accountNumber)).toMatchObject({ status: 'paid', seats: trial.monitoredUsers + 5 });
    // The card has left the page, so the shell says what happened.
    expect(
      await screen.findByText(
        `${trial.organizationName} is now a paid subscription with ${trial.monitoredUsers + 5} seats; ` +
          `${money((trial.monitoredUsers + 5) * price)} charged now.`,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('active-users-total')).toHaveTextContent(
        (before.activeUsers + trial.monitoredUsers).toLocaleString(),
      ),
    );
    expect(screen.getByTestId('next-invoice-total')).toHaveTextContent(
      money(before.nextInvoiceCents + (trial.monitoredUsers + 5) * price),
    );
  });

  it('refuses fewer seats than monitored users, naming the number, before asking the server', async () => {
    const { user, trial, dialog, seats } = await openUpgrade('expired');
    await user.clear(seats);
    await user.type(seats, String(trial.monitoredUsers - 1));
    await user.click(within(dialog).getByRole('button', { name: 'Upgrade' }));
    expect(seats).toHaveAccessibleDescription(
      expect.stringContaining(`needs at least ${trial.monitoredUsers} seats`) as string,
    );
    expect(seats).toHaveAttribute('aria-invalid', 'true');
    expect((await account(trial.accountNumber)).status).toBe('expired');
  });

  it('shows the API’s refusal in the dialog and keeps what was typed', async () => {
    server.use(
      http.post('*/api/v1/accounts/:accountNumber/upgrade', () =>
        HttpResponse.json(
          { type: 'about:blank', status: 409, title: 'Only a trial can be upgraded to paid', detail: 'It changed.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, dialog, seats } = await openUpgrade();
    await user.clear(seats);
    await user.type(seats, '42');
    await user.click(within(dialog).getByRole('button', { name: 'Upgrade' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Only a trial can be upgraded to paid');
    expect(alert).toHaveTextContent('It changed.');
    expect(seats).toHaveValue('42');
    expect(screen.getByRole('dialog', { name: 'Upgrade to paid' })).toBeInTheDocument();
  });

  it('performs one upgrade for a double click', async () => {
    let calls = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/upgrade')) calls += 1;
    });
    server.use(
      http.post('*/api/v1/accounts/:accountNumber/upgrade', async () => {
        await delay(50);
        return undefined; // falls through to the mock API
      }),
    );
    const { dialog } = await openUpgrade();
    // Two clicks in one go, with no wait between for the mutation's pending state to come back.
    const confirm = within(dialog).getByRole('button', { name: 'Upgrade' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    server.events.removeAllListeners();
    expect(calls).toBe(1);
  });

  it('works from the keyboard alone and gives focus back to its button', async () => {
    const trial = await someAccount('trial', (candidate) => candidate.monitoredUsers <= 7);
    const { user } = await renderApp(`/accounts/${trial.accountNumber}`);
    const button = await screen.findByRole('button', { name: 'Upgrade to paid' });
    button.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade to paid' });
    const seats = within(dialog).getByRole('textbox', { name: 'Seats' });
    await waitFor(() => expect(seats).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Upgrade to paid' });
    await user.clear(within(again).getByRole('textbox', { name: 'Seats' }));
    await user.keyboard('7{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await account(trial.accountNumber)).toMatchObject({ status: 'paid', seats: 7 });
  });
});
