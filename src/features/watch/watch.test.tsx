import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetTestApi, testApi } from '../../../mocks/node';
import type { Alerts, Attention } from '../../api/activity-contract';
import { renderApp } from '../../../tests/render-app';
import { formatDay } from '../../components/format';
import { addDays } from '../../domain/calendar';
import { NOTHING_DUE } from './attention-links';

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  return (await (await testApi().app.request(`/api/v1${path}`, init)).json()) as T;
}

const putDigest = (digest: boolean) =>
  api<Alerts>('/alerts/settings', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ digest }),
  });

describe('the Needs attention strip', { timeout: 20_000 }, () => {
  it('shows the server’s counts, each a link to the board filtered to them', async () => {
    const attention = await api<Attention>('/attention');
    const { user, router } = await renderApp('/paid');
    const strip = await screen.findByRole('region', { name: 'Needs attention' });
    const today = await within(strip).findByRole('link', {
      name: `${attention.trialsEndingToday} ${attention.trialsEndingToday === 1 ? 'trial ends' : 'trials end'} today`,
    });
    expect(
      within(strip).getByRole('link', {
        name: new RegExp(`^${attention.trialsEndingIn7Days} trials? ends? within 7 days$`),
      }),
    ).toHaveAttribute('href', '/trials?endsWithin=7');
    expect(
      within(strip).getByRole('link', {
        name: new RegExp(`^${attention.overSeats} paid accounts? (is|are) over their seats$`),
      }),
    ).toHaveAttribute('href', '/paid?overSeats=true');
    expect(within(strip).getByRole('link', { name: /cancellations? takes? effect this period$/ })).toHaveAttribute(
      'href',
      '/paid?cancelling=true',
    );
    expect(within(strip).getByRole('link', { name: /deleted within 3 days$/ })).toHaveAttribute('href', '/removed');

    await user.click(today);
    await waitFor(() => expect(router.state.location.pathname).toBe('/trials'));
    expect(router.state.location.search).toMatchObject({ endsWithin: 0 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Active Trials' })).toBeInTheDocument();
  });
});

describe('the alerts panel', { timeout: 20_000 }, () => {
  it('offers the digest when it is off, and turning it on shows what is due', async () => {
    const { user } = await renderApp('/paid');
    const button = await screen.findByRole('button', { name: 'Alerts' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Alerts' });
    await user.click(within(panel).getByRole('checkbox', { name: 'Show me what is due each day' }));
    const due = await api<Alerts>('/alerts');
    expect(due.digest).toBe(true);
    expect(await within(panel).findAllByRole('listitem')).toHaveLength(due.items.length);
    expect(within(panel).getByRole('link', { name: due.items[0]!.text })).toBeInTheDocument();
  });

  it('says how many are unread in its name, and opening it marks them read', async () => {
    const on = await putDigest(true);
    expect(on.unread).toBeGreaterThan(0);
    const { user } = await renderApp('/paid');
    const button = await screen.findByRole('button', { name: `Alerts, ${on.unread} unread` });
    await user.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Alerts'));
    expect((await api<Alerts>('/alerts')).unread).toBe(0);
    const panel = screen.getByRole('region', { name: 'Alerts' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(on.items.length);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});

describe('a day with nothing due', { timeout: 20_000 }, () => {
  it('says so in the strip and in the digest, instead of zeros or an empty panel', async () => {
    resetTestApi(0);
    const on = await putDigest(true);
    expect(on.items).toEqual([]);
    const { user } = await renderApp('/paid');
    const strip = await screen.findByRole('region', { name: 'Needs attention' });
    expect(await within(strip).findByText(NOTHING_DUE)).toBeInTheDocument();
    expect(within(strip).queryByRole('link')).not.toBeInTheDocument();

    const button = await screen.findByRole('button', { name: 'Alerts' });
    await user.click(button);
    const panel = screen.getByRole('region', { name: 'Alerts' });
    expect(await within(panel).findByText(NOTHING_DUE)).toBeInTheDocument();
    expect(within(panel).queryByRole('listitem')).not.toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: 'Show me what is due each day' })).toBeChecked();
  });
});

describe('the digest when the demo clock moves on', { timeout: 30_000 }, () => {
  it('turns to the new day, whose items are unread again though yesterday’s were read', async () => {
    const on = await putDigest(true);
    const { user } = await renderApp('/paid');
    const button = await screen.findByRole('button', { name: `Alerts, ${on.unread} unread` });
    await user.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Alerts'));
    const panel = screen.getByRole('region', { name: 'Alerts' });
    expect(panel).toHaveTextContent(`Daily digest · ${formatDay(on.asOf)}`);
    await user.keyboard('{Escape}');

    const clock = screen.getByRole('group', { name: 'Demo clock' });
    await user.click(within(clock).getByRole('button', { name: 'Advance demo clock by 1 day' }));
    await waitFor(() => expect(clock).toHaveTextContent(formatDay(addDays(on.asOf, 1))));
    const next = await api<Alerts>('/alerts');
    expect(next.asOf).toBe(addDays(on.asOf, 1));
    expect(next.unread).toBe(next.items.length);
    expect(next.unread).toBeGreaterThan(0);
    await waitFor(() => expect(button).toHaveAccessibleName(`Alerts, ${next.unread} unread`));
    await user.click(button);
    expect(panel).toHaveTextContent(`Daily digest · ${formatDay(next.asOf)}`);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(next.items.length);
    await waitFor(() => expect(button).toHaveAccessibleName('Alerts'));
  });
});
