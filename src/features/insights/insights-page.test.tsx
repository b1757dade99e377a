import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetTestApi, server, TEST_NOW } from '../../../mocks/node';
import { accountsOn, apiJson, summary } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';
import type { Insights } from '../../api/contract';
import { addDays, dayOf } from '../../domain/calendar';
import { formatCount, formatDay, formatMoney } from '../../components/format';

const today = dayOf(TEST_NOW);

beforeAll(() => {
  // jsdom has no layout and no ResizeObserver: charts draw nothing here, their tables say everything.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function chart(name: string) {
  return screen.getByRole('region', { name });
}

/** The rows of a chart's table, each as its cells' text. */
function rowsOf(region: HTMLElement): string[][] {
  const table = within(region).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const countOf = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('Insights', () => {
  it('shows every chart with a table of the exact figures', async () => {
    const now = await summary();
    const paid = await accountsOn('paid');
    const { cohorts } = await apiJson<Insights>('/insights?range=30');
    await renderApp('/insights');
    expect(await screen.findByRole('heading', { level: 1, name: 'Insights' })).toBeInTheDocument();

    // Today's snapshot, newest first: the figures the header shows today.
    const [newest] = rowsOf(await screen.findByRole('region', { name: 'Active Users' }));
    expect(newest).toEqual([
      formatDay(today),
      formatCount(now.activeUsers),
      formatCount(now.counts.paid),
      formatCount(sum(paid.map((account) => account.seats ?? 0))),
      formatMoney(now.nextInvoiceCents),
    ]);
    expect(rowsOf(chart('Monthly recurring revenue'))[0]![4]).toBe(formatMoney(now.nextInvoiceCents));
    // The demo grows a history: a row a day of the range.
    expect(rowsOf(chart('Active Users'))).toHaveLength(30);

    const pipeline = rowsOf(chart('Trial pipeline'));
    expect(sum(pipeline.map((row) => countOf(row.at(-1)!)))).toBe(now.counts.trial);
    expect(pipeline[0]![0]).toBe('Ends today');

    const conversion = rowsOf(chart('Trial-to-paid conversion'));
    expect(conversion.map((row) => row.slice(1, 3).map(countOf))).toEqual(
      cohorts.map((cohort) => [cohort.created, cohort.converted]),
    );

    const utilisation = rowsOf(chart('Seat utilisation'));
    expect(utilisation.map((row) => row[0])).toEqual(['Under 25%', '25–49%', '50–74%', '75–100%', 'Over seats']);
    expect(sum(utilisation.map((row) => countOf(row[1]!)))).toBe(now.counts.paid);
    expect(countOf(utilisation[4]![1]!)).toBe(now.overSeats);
    expect(sum(utilisation.map((row) => countOf(row[3]!)))).toBe(now.activeUsers);
  }, 20_000); // a year of rows in jsdom, on a shared machine

  it('keeps the range in the URL, and a mangled range falls back to 30 days', async () => {
    const { user, router } = await renderApp('/insights?range=90');
    const range = await screen.findByRole('group', { name: 'Time range' });
    expect(within(range).getByRole('link', { name: '90 days' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText(new RegExp(`^From ${formatDay(addDays(today, -89))}`))).toBeInTheDocument();

    await user.click(within(range).getByRole('link', { name: '365 days' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ range: 365 }));
    expect(await screen.findByText(new RegExp(`^From ${formatDay(addDays(today, -364))}`))).toBeInTheDocument();
    expect(within(range).getByRole('link', { name: '365 days' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(rowsOf(chart('Active Users'))).toHaveLength(365));

    router.history.back();
    await waitFor(() => expect(router.state.location.search).toEqual({ range: 90 }));

    await router.navigate({ to: '/insights', search: { range: 'banana' as unknown as 30 } });
    await waitFor(() =>
      expect(within(range).getByRole('link', { name: '30 days' })).toHaveAttribute('aria-current', 'page'),
    );
    expect(router.state.location.search).toEqual({ range: 30 });
  }, 20_000);

  it('opens on 30 days from a hand-edited range it does not offer', async () => {
    const { router } = await renderApp('/insights?range=7');
    const range = await screen.findByRole('group', { name: 'Time range' });
    expect(within(range).getByRole('link', { name: '30 days' })).toHaveAttribute('aria-current', 'page');
    expect(router.state.location.search).toEqual({ range: 30 });
    expect(await screen.findByText(new RegExp(`^From ${formatDay(addDays(today, -29))}`))).toBeInTheDocument();
  });

  it('says what is missing when the fleet is empty', async () => {
    resetTestApi(0);
    await renderApp('/insights');
    expect(await screen.findAllByText('No snapshots in this range yet')).toHaveLength(2);
    expect(screen.getByText('No active trials')).toBeInTheDocument();
    expect(screen.getByText('No accounts created in this range')).toBeInTheDocument();
    expect(screen.getByText('No paid accounts')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with Retry when the figures cannot be loaded', async () => {
    server.use(
      http.get('*/api/v1/insights', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Database unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/insights');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Insights could not be loaded');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Seat utilisation' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is one link away in the Dashboard navigation', async () => {
    const { user } = await renderApp('/paid');
    const nav = await screen.findByRole('navigation', { name: 'Dashboard' });
    await user.click(within(nav).getByRole('link', { name: 'Insights' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Insights' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Insights' })).toHaveAttribute('aria-current', 'page');
  });
});
