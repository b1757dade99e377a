import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, act, apiJson } from '../../../tests/accounts';
import type { Account } from '../../api/contract';
import { addDays } from '../../domain/calendar';
import { formatDay } from '../../components/format';
import { renderApp } from '../../../tests/render-app';

const TODAY = '2026-11-21';

/** A trial created today, extended by the API so that only some lengths still fit its 90-day cap. */
async function trialNearItsCap(): Promise<Account> {
  const created = await apiJson<Account>('/accounts', {
    method: 'POST',
    body: JSON.stringify({ email: 'near.cap@example.com', organizationName: 'Near Cap Ltd' }),
  });
  await act(created.accountNumber, 'extend-trial', { days: 14 });
  await act(created.accountNumber, 'extend-trial', { days: 30 });
  return account(created.accountNumber);
}

describe('Extend trial', () => {
  it('offers only the lengths within the 90-day cap, previews the new end and extends', async () => {
    const trial = await trialNearItsCap();
    expect(trial.trialEndsAt).toBe(addDays(TODAY, 73));
    const { user } = await renderApp(`/accounts/${trial.accountNumber}`);
    await user.click(await screen.findByRole('button', { name: 'Extend trial' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend trial' });

    expect(within(dialog).getByRole('radio', { name: /^7 days/ })).toBeEnabled();
    expect(within(dialog).getByRole('radio', { name: /^14 days/ })).toBeEnabled();
    const tooLong = within(dialog).getByRole('radio', { name: /^30 days/ });
    expect(tooLong).toBeDisabled();
    expect(tooLong).toHaveAccessibleDescription(`The trial cannot run past ${formatDay(addDays(TODAY, 89))}.`);

    await user.click(within(dialog).getByRole('radio', { name: /^14 days/ }));
    expect(within(dialog).getByText('New trial end').nextElementSibling).toHaveTextContent(
      formatDay(addDays(TODAY, 87)),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Extend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await account(trial.accountNumber)).trialEndsAt).toBe(addDays(TODAY, 87));
    expect(await screen.findByText(formatDay(addDays(TODAY, 87)))).toBeInTheDocument();
    // The history shows the change at once.
    expect(
      await screen.findByRole('cell', {
        name: `Trial extended by 14 days: last day ${formatDay(addDays(TODAY, 87))}, was ${formatDay(trial.trialEndsAt!)}`,
      }),
    ).toBeInTheDocument();
  });

  it('is not offered once no length fits', async () => {
    const trial = await trialNearItsCap();
    await act(trial.accountNumber, 'extend-trial', { days: 14 });
    await renderApp(`/accounts/${trial.accountNumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Near Cap Ltd' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Extend trial' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade to paid' })).toBeInTheDocument();
  });
});

describe('End trial', () => {
  it('makes an active trial an expired one now, and moves it between the boards', async () => {
    const trials = (await apiJson<{ items: Account[] }>('/accounts?status=trial&limit=200')).items;
    const trial = trials[0]!;
    const { user } = await renderApp('/trials?view=list');
    const row = (await screen.findByRole('link', { name: trial.organizationName })).closest<HTMLElement>(
      '[role="row"]',
    )!;
    // A list row offers its actions in one menu.
    await user.click(await within(row).findByRole('button', { name: `Actions for ${trial.organizationName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'End trial' }));
    const dialog = await screen.findByRole('dialog', { name: 'End trial' });
    expect(dialog).toHaveTextContent(/expired trial now, on Freemium: only 3 users/);
    await user.click(within(dialog).getByRole('button', { name: 'End trial' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: trial.organizationName })).not.toBeInTheDocument());
    expect((await account(trial.accountNumber)).status).toBe('expired');
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Active Trials/ })).toHaveTextContent(String(trials.length - 1)),
    );
  });
});
