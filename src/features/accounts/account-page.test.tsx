import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { act, apiJson, money, someAccount } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import { formatDay } from '../../components/format';
import { addDays } from '../../domain/calendar';

const TODAY = '2026-11-21';

describe('the account page', () => {
  it('is linked from a card and shows the account’s facts, actions and history', async () => {
    // Paid for a few months: its whole past fits the history's first page.
    const paid = await someAccount(
      'paid',
      (candidate) =>
        candidate.cancelsOn === null &&
        candidate.paidSince !== null &&
        candidate.paidSince > addDays(TODAY, -150) &&
        candidate.periodStart !== candidate.paidSince,
    );
    const { user } = await renderApp('/paid?view=cards');
    const card = await screen.findByRole('article', { name: paid.organizationName });
    expect(await within(card).findByRole('button', { name: 'Change seats' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Upgrade to paid' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('link', { name: paid.organizationName }));

    expect(await screen.findByRole('heading', { level: 1, name: paid.organizationName })).toBeInTheDocument();
    expect(screen.getByText(`Account ${paid.accountNumber}`)).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(within(facts).getByText('Renews on').nextElementSibling).toHaveTextContent(formatDay(paid.renewsOn!));
    expect(within(facts).getByText('Next charge').nextElementSibling).toHaveTextContent(money(paid.nextChargeCents!));
    expect(within(facts).getByText('Seats used').nextElementSibling).toHaveTextContent(
      `${paid.monitoredUsers} of ${paid.seats}`,
    );
    expect(screen.getByRole('button', { name: 'Change seats' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel subscription' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove account' })).not.toBeInTheDocument();
    // A sample account carries its past: created, upgraded, then renewed every month, newest first.
    const history = await screen.findByRole('table', { name: `History of ${paid.organizationName}` });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      `Renewed for ${formatDay(paid.periodStart!)} to ${formatDay(addDays(paid.renewsOn!, -1))}: ` +
        `${paid.seats} seats, ${money(paid.seats! * 1000)}; next renewal ${formatDay(paid.renewsOn!)}`,
    );
    // Dated by the day it took effect, the same day in every time zone.
    expect(within(rows[0]!).getByText(formatDay(paid.periodStart!))).toHaveAttribute('datetime', paid.periodStart);
    expect(within(history).getByText(/^Upgraded to paid with \d+ seats; first month charged/)).toBeInTheDocument();
    expect(rows.at(-1)).toHaveTextContent('Added as a trial ending');
    expect(history).not.toHaveTextContent(/periodStart|renewsOn|— →|→ —/);
  });

  it('warns when a paid account monitors more users than its seats, or an expired one more than Freemium covers', async () => {
    const over = await someAccount('paid', (candidate) => candidate.monitoredUsers > (candidate.seats ?? 0));
    const { unmount } = await renderApp(`/accounts/${over.accountNumber}`);
    expect(await screen.findByTestId('usage-limit')).toHaveTextContent(
      `over the limit by ${over.monitoredUsers - over.seats!} users`,
    );
    unmount();
    const within = await someAccount('paid', (candidate) => candidate.monitoredUsers < (candidate.seats ?? 0));
    const { unmount: unmountWithin } = await renderApp(`/accounts/${within.accountNumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: within.organizationName })).toBeInTheDocument();
    expect(screen.queryByTestId('usage-limit')).not.toBeInTheDocument();
    unmountWithin();
    const freemium = await someAccount('expired', (candidate) => candidate.monitoredUsers > 3);
    await renderApp(`/accounts/${freemium.accountNumber}`);
    expect(await screen.findByTestId('usage-limit')).toHaveTextContent(
      `${freemium.monitoredUsers - 3} users not monitored: Freemium monitors up to 3`,
    );
  });

  it('is linked from a row of the list view', async () => {
    const trial = await someAccount('trial');
    const { user } = await renderApp('/trials?view=list');
    await user.click(await screen.findByRole('link', { name: trial.organizationName }));
    expect(await screen.findByRole('heading', { level: 1, name: trial.organizationName })).toBeInTheDocument();
  });

  it('says when an account does not exist', async () => {
    await renderApp('/accounts/NOPE-0000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Account not found' })).toBeInTheDocument();
  });
});

describe('the Activity page', () => {
  it('lists the fleet’s changes, newest first, linking to each account', async () => {
    const expired = await someAccount('expired');
    const trial = await someAccount('trial');
    await act(expired.accountNumber, 'upgrade', { seats: Math.max(1, expired.monitoredUsers) });
    await act(trial.accountNumber, 'end-trial');
    const { user } = await renderApp('/paid');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Dashboard' })).getByRole('link', { name: 'Activity' }),
    );
    const table = await screen.findByRole('table', { name: 'Activity across the fleet' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(trial.organizationName);
    expect(rows[0]).toHaveTextContent('Trial ended early');
    expect(rows[1]).toHaveTextContent(expired.organizationName);
    expect(rows[1]).toHaveTextContent(money(Math.max(1, expired.monitoredUsers) * 1000));
    await user.click(within(rows[1]!).getByRole('link', { name: expired.organizationName }));
    expect(await screen.findByRole('heading', { level: 1, name: expired.organizationName })).toBeInTheDocument();
  });

  it('loads older entries on demand', async () => {
    for (let index = 0; index < 51; index += 1)
      await apiJson('/accounts', {
        method: 'POST',
        body: JSON.stringify({ email: `paging-${index}@example.com`, organizationName: `Paging ${index}` }),
      });
    const { user } = await renderApp('/activity');
    const table = await screen.findByRole('table', { name: 'Activity across the fleet' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Paging 50');
    // Besides the 51 additions, the fleet's own past is older than all of them: a second page, and more after it.
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(101));
    expect(within(table).getAllByRole('row')[51]).toHaveTextContent('Paging 0');
    expect(within(table).getAllByRole('row')[52]).not.toHaveTextContent('Paging');
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
  });
});
