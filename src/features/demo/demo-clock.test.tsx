import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, someAccount } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import { addDays } from '../../domain/calendar';
import { formatDay } from '../../components/format';

describe('the demo clock', () => {
  it('moves the demo a week on, and the boards follow: trials run out', async () => {
    const ending = await someAccount('trial', (trial) => trial.trialEndsAt! < addDays('2026-11-21', 7));
    const { user } = await renderApp('/trials?view=cards');
    expect(await screen.findByRole('article', { name: ending.organizationName })).toBeInTheDocument();
    const clock = screen.getByRole('group', { name: 'Demo clock' });
    await waitFor(() => expect(clock).toHaveTextContent(formatDay('2026-11-21')));

    await user.click(within(clock).getByRole('button', { name: 'Advance demo clock by 1 week' }));
    await waitFor(() => expect(clock).toHaveTextContent(formatDay('2026-11-28')));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: ending.organizationName })).not.toBeInTheDocument(),
    );
    expect((await account(ending.accountNumber)).status).toBe('expired');

    await user.click(within(clock).getByRole('button', { name: 'Advance demo clock by 1 day' }));
    await waitFor(() => expect(clock).toHaveTextContent(formatDay('2026-11-29')));
  });
});
