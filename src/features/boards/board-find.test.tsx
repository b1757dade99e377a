import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';
import { SEARCH_DEBOUNCE_MS } from './board-search-box';

interface Page {
  total: number;
  boardTotal: number;
  monitoredUsersTotal: number;
  items: Array<{ organizationName: string; accountNumber: string }>;
}

async function api(query: string): Promise<Page> {
  return (await (await testApi().app.request(`/api/v1/accounts?${query}&limit=200`)).json()) as Page;
}

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1, -1)
    .map((row) => within(row).getByRole('rowheader').textContent ?? '');

/** The rows drawn (a window's worth: the list is virtualized) are the first of the expected, and it counts them all. */
async function expectRows(expected: Page) {
  await waitFor(() => expect(screen.getByRole('table')).toBeInTheDocument());
  await waitFor(() => {
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(expected.total + 2));
    const names = rowNames().map((name) => name.trim());
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(
      expected.items.slice(0, names.length).map((item): unknown => expect.stringContaining(item.organizationName)),
    );
  });
}

/** The API, except that the search for `q` waits until released: when it was asked, and when it was answered. */
function holdSearch(q: string) {
  let ask: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (ask = resolve));
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  server.use(
    http.get('*/api/v1/accounts', async ({ request }) => {
      if (new URL(request.url).searchParams.get('q') !== q) return testApi().app.fetch(request);
      ask();
      await released;
      const response = await testApi().app.fetch(request);
      answer();
      return response;
    }),
  );
  return { asked, release, answered };
}

/**
 * The Active Trials list with a word typed in the search box and its search held on its way (holdSearch): the
 * board as it was, the word, the held search, the box, the app, and the history's length before the typing.
 */
async function typeHeldSearch() {
  const board = await api('status=trial');
  const word = board.items[0]!.organizationName.split(' ')[0]!.toLowerCase();
  const held = holdSearch(word);
  const app = await renderApp('/trials?view=list');
  await expectRows(board);
  const entriesBefore = app.history.length;
  const box = screen.getByRole('searchbox', { name: 'Search accounts' });
  await app.user.type(box, word);
  await held.asked;
  return { ...app, board, word, held, box, entriesBefore };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('finding accounts on a board', { timeout: 20_000 }, () => {
  it('searches as you type, puts it in the URL and labels the totals as a subset', async () => {
    const board = await api('status=trial');
    const word = board.items[3]!.organizationName.split(' ')[0]!;
    const expected = await api(`status=trial&q=${encodeURIComponent(word)}`);
    expect(expected.total).toBeLessThan(board.total);

    const { user, router } = await renderApp('/trials?view=list');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search accounts' }), word.toUpperCase());
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: word.toUpperCase() }));
    await expectRows(expected);
    expect(screen.getByTestId('board-count')).toHaveTextContent(`${expected.total} of ${board.total} accounts`);
    expect(screen.getByTestId('board-users')).toHaveTextContent(
      `${expected.monitoredUsersTotal.toLocaleString('en-US')} matching monitored users`,
    );
  });

  it('cancels the search that typing went past', async () => {
    const word = (await api('status=trial')).items[0]!.organizationName.split(' ')[0]!.toLowerCase();
    const [early, rest] = [word.slice(0, 3), word.slice(3)];
    const aborted: string[] = [];
    server.use(
      http.get('*/api/v1/accounts', async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q !== early) return testApi().app.fetch(request);
        request.signal.addEventListener('abort', () => aborted.push(q));
        await delay(3_000);
        return HttpResponse.json({ items: [], nextCursor: null, total: 0, monitoredUsersTotal: 0, asOf: '2026-11-21' });
      }),
    );
    const { user, router } = await renderApp('/trials?view=list');
    const box = await screen.findByRole('searchbox', { name: 'Search accounts' });
    await user.type(box, early);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: early }));
    await user.type(box, rest);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: word }));
    await waitFor(() => expect(aborted).toEqual([early]));
    await expectRows(await api(`status=trial&q=${word}`));
    expect(box).toHaveFocus();
  });

  it('sends one request for a burst of keys, the final text, and keeps one history entry per spell of typing', async () => {
    const word = (await api('status=trial')).items[0]!.organizationName.split(' ')[0]!.toLowerCase();
    const asked: string[] = [];
    server.use(
      http.get('*/api/v1/accounts', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q !== null) asked.push(q);
        return testApi().app.fetch(request);
      }),
    );
    // The app's freshness (15 s): the board shows the answer the search fetched, and fetches it no second time.
    const { router, history } = await renderApp('/trials?view=list', { staleTime: 15_000 });
    await screen.findByRole('table');
    const box = screen.getByRole('searchbox', { name: 'Search accounts' });
    const entries = history.length;
    // Every key of the word within one pause, as a quick typist or a held key gives them.
    act(() => {
      fireEvent.focus(box);
      for (let end = 1; end <= word.length; end += 1) fireEvent.change(box, { target: { value: word.slice(0, end) } });
    });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: word }));
    await expectRows(await api(`status=trial&q=${word}`));
    expect(asked).toEqual([word]);
    expect(history.length).toBe(entries + 1);

    // More typing after the board answered refines the same search: it replaces the entry, never adds one.
    act(() => {
      fireEvent.change(box, { target: { value: `${word} ` } });
      fireEvent.change(box, { target: { value: `${word} zzzq` } });
    });
    expect(await screen.findByText('No accounts match')).toBeInTheDocument();
    expect(asked).toEqual([word, `${word} zzzq`]);
    expect(history.length).toBe(entries + 1);

    // So Back leaves the search as a whole.
    router.history.back();
    await expectRows(await api('status=trial'));
    expect(router.state.location.search).not.toHaveProperty('q');
    expect(box).toHaveValue('');
  });

  it("sends the search's request before the URL changes, and the board takes it up instead of sending another", async () => {
    const word = (await api('status=trial')).items[0]!.organizationName.split(' ')[0]!.toLowerCase();
    // The app's freshness (15 s): the board shows the answer the search fetched, and fetches it no second time.
    const { router, history } = await renderApp('/trials?view=list', { staleTime: 15_000 });
    await screen.findByRole('table');
    const box = screen.getByRole('searchbox', { name: 'Search accounts' });
    // What the URL said when each search's request left.
    const urlWhenSent: Array<[string | null, string]> = [];
    const fetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const q = new URL(input instanceof Request ? input.url : String(input)).searchParams.get('q');
      if (q !== null) urlWhenSent.push([q, history.location.search]);
      return fetch(input, init);
    });
    const burst = (text: string) =>
      act(() => {
        fireEvent.focus(box);
        for (let end = 1; end <= text.length; end += 1)
          fireEvent.change(box, { target: { value: text.slice(0, end) } });
      });
    burst(word);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: word }));
    await expectRows(await api(`status=trial&q=${word}`));
    // One request, sent while the URL was still the board's without the search.
    expect(urlWhenSent).toEqual([[word, '?view=list']]);

    burst(word.slice(0, 2));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: word.slice(0, 2) }));
    await expectRows(await api(`status=trial&q=${word.slice(0, 2)}`));
    expect(urlWhenSent).toEqual([
      [word, '?view=list'],
      [word.slice(0, 2), `?view=list&q=${word}`],
    ]);
  });

  it('keeps the last board on screen, saying it is searching, and never shows an overtaken answer', async () => {
    const board = await api('status=trial');
    const word = board.items[0]!.organizationName.split(' ')[0]!.toLowerCase();
    const [early, stale] = [word.slice(0, 2), board.items.at(-1)!];
    let answerFinal: () => void = () => undefined;
    const finalAsked = new Promise<void>((resolve) => (answerFinal = resolve));
    let releaseFinal: () => void = () => undefined;
    const finalHeld = new Promise<void>((resolve) => (releaseFinal = resolve));
    server.use(
      http.get('*/api/v1/accounts', async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q === early) {
          // Answers late even though cancelled, with a page that would show if it were taken.
          await delay(SEARCH_DEBOUNCE_MS * 4);
          return HttpResponse.json({ ...board, total: 1, boardTotal: board.total, items: [stale], nextCursor: null });
        }
        if (q === word) {
          answerFinal();
          await finalHeld;
        }
        return testApi().app.fetch(request);
      }),
    );
    const { user, router } = await renderApp('/trials?view=list');
    await expectRows(board);
    const box = screen.getByRole('searchbox', { name: 'Search accounts' });
    await user.type(box, early);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: early }));
    await user.type(box, word.slice(2));
    await finalAsked;
    // Waiting for the final search: the board before it stays, marked busy, and the box says it is searching.
    await waitFor(() => expect(box).toHaveAccessibleDescription('Searching…'));
    expect(screen.getByRole('table').closest('section')).toHaveAttribute('aria-busy', 'true');
    expect(rowNames().length).toBeGreaterThan(0);
    releaseFinal();
    const expected = await api(`status=trial&q=${word}`);
    await expectRows(expected);
    await waitFor(() => expect(box).toHaveAccessibleDescription(''));
    // The overtaken answer arrives after the final one and is not drawn.
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS * 5));
    await expectRows(expected);
    expect(screen.getByTestId('board-count')).toHaveTextContent(`${expected.total} of ${board.total} accounts`);
  });

  it("moves the URL once the search's answer is in, the board busy meanwhile, and then draws it", async () => {
    const { router, word, held, box } = await typeHeldSearch();
    await waitFor(() => expect(box).toHaveAccessibleDescription('Searching…'));
    expect(screen.getByRole('table').closest('section')).toHaveAttribute('aria-busy', 'true');
    // The board is still the one the URL says, and the URL has not moved yet.
    expect(router.state.location.search).not.toHaveProperty('q');
    expect(box).toHaveValue(word);
    held.release();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: word }));
    await expectRows(await api(`status=trial&q=${word}`));
    await waitFor(() => expect(box).toHaveAccessibleDescription(''));
    expect(screen.getByRole('table').closest('section')).not.toHaveAttribute('aria-busy');
  });

  it('lands the last text typed: clearing the box while a search is on its way brings the whole board back', async () => {
    const { user, router, board, held, box } = await typeHeldSearch();
    // Back to the URL's own (empty) search before the word's answer came: that is a search too.
    await user.clear(box);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS * 3));
    held.release();
    await held.answered;
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS * 3));
    expect(router.state.location.search).not.toHaveProperty('q');
    expect(box).toHaveValue('');
    await expectRows(board);
    await waitFor(() => expect(box).toHaveAccessibleDescription(''));
  });

  it('leaves the URL to a navigation made while the search was on its way', async () => {
    const { router, history, held, entriesBefore } = await typeHeldSearch();
    await act(() => router.navigate({ to: '/paid' }));
    held.release();
    await held.answered;
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS * 3));
    // The answer came after the move: it neither brings the search back nor adds a history entry.
    expect(router.state.location.pathname).toBe('/paid');
    expect(router.state.location.search).not.toHaveProperty('q');
    expect(history.length).toBe(entriesBefore + 1);
  });

  it('filters the paid board and its totals, and Back restores the unfiltered board', async () => {
    const board = await api('status=paid');
    const over = await api('status=paid&overSeats=true');
    expect(over.total).toBeGreaterThan(0);
    const { user, router } = await renderApp('/paid?view=list');
    await expectRows(board);
    await user.click(screen.getByRole('checkbox', { name: 'Over their seats' }));
    await expectRows(over);
    expect(router.state.location.search).toMatchObject({ overSeats: true });
    expect(screen.getByTestId('board-count')).toHaveTextContent(`${over.total} of ${board.total} accounts`);

    router.history.back();
    await expectRows(board);
    expect(screen.getByRole('checkbox', { name: 'Over their seats' })).not.toBeChecked();
    expect(screen.getByTestId('board-count')).toHaveTextContent(`${board.total} accounts`);
  });

  it('sorts by the select, and opens Active Trials with the trial ending soonest first', async () => {
    const { user, router } = await renderApp('/trials?view=list');
    await expectRows(await api('status=trial&sort=trialEnd'));
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('trialEnd');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'name');
    await expectRows(await api('status=trial&sort=name'));
    expect(router.state.location.search).toMatchObject({ sort: 'name' });
  });

  it('opens a shared URL with its search and filters in the controls', async () => {
    const expected = await api('status=trial&endsWithin=7&usersMin=1');
    await renderApp('/trials?view=list&endsWithin=7&usersMin=1&sort=name');
    await expectRows(await api('status=trial&endsWithin=7&usersMin=1&sort=name'));
    expect(screen.getByRole('combobox', { name: 'Trial end' })).toHaveValue('7');
    expect(screen.getByRole('spinbutton', { name: 'At least this many users' })).toHaveValue(1);
    expect(screen.getByTestId('board-count')).toHaveTextContent(`${expected.total} of`);
  });

  it('falls back to the defaults when the URL holds mangled values', async () => {
    const { router } = await renderApp(
      '/trials?view=list&sort=shoe-size&endsWithin=5&usersMin=-3&createdFrom=2026-02-30&overSeats=maybe',
    );
    await expectRows(await api('status=trial'));
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('trialEnd');
    expect(screen.getByRole('combobox', { name: 'Trial end' })).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.state.location.search).not.toHaveProperty('endsWithin');
  });

  it('says so when nothing matches, and clears back to the board', async () => {
    const board = await api('status=expired');
    const { user } = await renderApp('/expired?view=list&q=zzzzqqq');
    expect(await screen.findByText('No accounts match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await expectRows(board);
    expect(screen.getByRole('searchbox', { name: 'Search accounts' })).toHaveValue('');
  });
});
