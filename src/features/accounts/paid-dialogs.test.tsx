import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { account, apiJson, money, someAccount, summary } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import type { SeatChangePreview } from '../../api/contract';
import { addDays } from '../../domain/calendar';
import { formatDay } from '../../components/format';

const roomy = (candidate: { seats: number | null; monitoredUsers: number; cancelsOn: string | null }) =>
  candidate.cancelsOn === null && (candidate.seats ?? 0) >= candidate.monitoredUsers + 3;

async function openOnAccountPage(accountNumber: string, action: string) {
  const app = await renderApp(`/accounts/${accountNumber}`);
  await app.user.click(await screen.findByRole('button', { name: action }));
  return { ...app, dialog: await screen.findByRole('dialog', { name: action }) };
}

describe('Change seats', () => {
  it('shows the prorated charge the API will make before an increase, then applies it', async () => {
    const paid = await someAccount('paid', roomy);
    const seats = paid.seats! + 4;
    const expected = await apiJson<SeatChangePreview>(`/accounts/${paid.accountNumber}/seat-change?seats=${seats}`);
    const { user, dialog } = await openOnAccountPage(paid.accountNumber, 'Change seats');
    const field = within(dialog).getByRole('textbox', { name: 'Seats' });
    await user.clear(field);
    await user.type(field, String(seats));

    const charged = await within(dialog).findByText('Charged now');
    expect(charged.nextElementSibling).toHaveTextContent(money(expected.chargeCents));
    expect(charged.nextElementSibling).toHaveTextContent(
      `(${expected.daysLeft} of ${expected.daysInPeriod} days left in this period)`,
    );
    expect(within(dialog).getByText('Next charge').nextElementSibling).toHaveTextContent(
      money(expected.nextPeriodChargeCents),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Change seats' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await account(paid.accountNumber)).seats).toBe(seats);
    expect(await screen.findByText(`${paid.monitoredUsers} of ${seats}`)).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: money(expected.chargeCents) })).toBeInTheDocument();
  });

  it('keeps a decrease pending until the next period, and withdraws it', async () => {
    const paid = await someAccount('paid', roomy);
    const seats = paid.seats! - 2;
    const before = await summary();
    const { user, dialog } = await openOnAccountPage(paid.accountNumber, 'Change seats');
    const field = within(dialog).getByRole('textbox', { name: 'Seats' });
    await user.clear(field);
    await user.type(field, String(seats));
    const from = await within(dialog).findByText(`From ${formatDay(paid.renewsOn!)}`);
    expect(from.nextElementSibling).toHaveTextContent(`${seats} seats. No refund.`);

    await user.click(within(dialog).getByRole('button', { name: 'Change seats' }));
    const pending = await screen.findByTestId('pending-seats');
    expect(pending).toHaveTextContent(`${paid.seats} → ${seats} seats on ${formatDay(paid.renewsOn!)}`);
    await waitFor(() =>
      expect(screen.getByTestId('next-invoice-total')).toHaveTextContent(money(before.nextInvoiceCents - 2 * 1000)),
    );

    await user.click(within(pending).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(screen.queryByTestId('pending-seats')).not.toBeInTheDocument());
    await waitFor(async () => expect((await account(paid.accountNumber)).pendingSeats).toBeNull());
    await waitFor(() =>
      expect(screen.getByTestId('next-invoice-total')).toHaveTextContent(money(before.nextInvoiceCents)),
    );
  });

  it('refuses fewer seats than monitored users and says how many users to remove', async () => {
    const paid = await someAccount('paid', (candidate) => roomy(candidate) && candidate.monitoredUsers > 3);
    const { user, dialog } = await openOnAccountPage(paid.accountNumber, 'Change seats');
    const field = within(dialog).getByRole('textbox', { name: 'Seats' });
    await user.clear(field);
    await user.type(field, String(paid.monitoredUsers - 2));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Remove 2 users first') as string);
    await user.click(within(dialog).getByRole('button', { name: 'Change seats' }));
    expect(field).toHaveValue(String(paid.monitoredUsers - 2));
    expect((await account(paid.accountNumber)).seats).toBe(paid.seats);
  });
});

describe('Cancel and resume', () => {
  it('cancels at the period’s end, says so, and resumes', async () => {
    const paid = await someAccount('paid', roomy);
    const before = await summary();
    const { user, dialog } = await openOnAccountPage(paid.accountNumber, 'Cancel subscription');
    const paidUntil = formatDay(addDays(paid.renewsOn!, -1));
    expect(dialog).toHaveTextContent(`stays paid and billed until the end of this period, ${paidUntil}`);
    expect(within(dialog).getByRole('button', { name: 'Keep subscription' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));

    const notice = await screen.findByTestId('cancellation');
    expect(notice).toHaveTextContent(`Paid until ${paidUntil}, then cancelled.`);
    expect(screen.getByTestId('next-invoice-total')).toHaveTextContent(
      money(before.nextInvoiceCents - paid.nextChargeCents!),
    );
    await waitFor(async () => expect((await account(paid.accountNumber)).cancelsOn).toBe(paid.renewsOn));

    await user.click(within(notice).getByRole('button', { name: 'Resume subscription' }));
    const resume = await screen.findByRole('dialog', { name: 'Resume subscription' });
    await user.click(within(resume).getByRole('button', { name: 'Resume subscription' }));
    await waitFor(() => expect(screen.queryByTestId('cancellation')).not.toBeInTheDocument());
    await waitFor(async () => expect((await account(paid.accountNumber)).cancelsOn).toBeNull());
    expect(screen.getByRole('button', { name: 'Cancel subscription' })).toBeInTheDocument();
  });

  it('withdraws a pending decrease when cancelling, and says so before', async () => {
    const paid = await someAccount('paid', roomy);
    await testApi().app.request(`/api/v1/accounts/${paid.accountNumber}/seats`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seats: paid.seats! - 1 }),
    });
    const { user, dialog } = await openOnAccountPage(paid.accountNumber, 'Cancel subscription');
    expect(dialog).toHaveTextContent(`The pending change to ${paid.seats! - 1} seats is withdrawn`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    await screen.findByTestId('cancellation');
    expect(screen.queryByTestId('pending-seats')).not.toBeInTheDocument();
    await waitFor(async () => expect((await account(paid.accountNumber)).pendingSeats).toBeNull());
  });

  it('rolls a refused cancellation back and says why', async () => {
    server.use(
      http.post('*/api/v1/accounts/:accountNumber/cancel', () =>
        HttpResponse.json(
          { type: 'about:blank', status: 409, title: 'The subscription is already cancelled from 2026-12-01' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const paid = await someAccount('paid', roomy);
    const { user, dialog } = await openOnAccountPage(paid.accountNumber, 'Cancel subscription');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The subscription is already cancelled from 2026-12-01');
    expect(alert).toHaveTextContent('The change was undone.');
    expect(screen.queryByTestId('cancellation')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel subscription' })).toBeInTheDocument();
    expect(screen.getByTestId('next-invoice-total')).toHaveTextContent(money((await summary()).nextInvoiceCents));
    expect((await account(paid.accountNumber)).cancelsOn).toBeNull();
  });
});
