import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { account, someAccount } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import { addDays } from '../../domain/calendar';
import { formatDay } from '../../components/format';

describe('the demo clock', () => {
  it('moves the demo a week on, and the boards follow: trials run out', async () => {
    const ending = await someAccount('trial', (trial) => trial.trialEndsAt! < addDays('2026-11-21', 7));
    const { user } = await renderApp('/trials?view=cards');
    expect(await screen.findByRole('article', { name: ending.organizationName })).toBeInTheDocument();
    const clock = await screen.findByRole('group', { name: 'Demo clock' });
    await waitFor(() => expect(clock).toHaveTextContent(formatDay('2026-11-21')));

    // The week goes a day at a time, and says how far it is (each step slowed, so the screen can show it).
    const steps: unknown[] = [];
    server.use(
      http.post('*/api/v1/demo/clock', async ({ request }) => {
        steps.push(await request.clone().json());
        await delay(20);
        return testApi().app.fetch(request);
      }),
    );
    await user.click(within(clock).getByRole('button', { name: 'Advance demo clock by 1 week' }));
    expect(await within(clock).findByRole('status')).toHaveTextContent(/Day [1-7] of 7/);
    await waitFor(() => expect(clock).toHaveTextContent(formatDay('2026-11-28')));
    await waitFor(() => expect(within(clock).queryByRole('status')).not.toBeInTheDocument());
    expect(steps).toEqual(Array.from({ length: 7 }, () => ({ days: 1 })));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: ending.organizationName })).not.toBeInTheDocument(),
    );
    expect((await account(ending.accountNumber)).status).toBe('expired');

    await user.click(within(clock).getByRole('button', { name: 'Advance demo clock by 1 day' }));
    await waitFor(() => expect(clock).toHaveTextContent(formatDay('2026-11-29')));
  }, 20_000);
});
