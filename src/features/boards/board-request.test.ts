import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { boardQueryOptions } from '../../api/accounts';
import { startBoardRequest } from './board-request';

/** The API, except that searches for `held` wait until released; which of them were cancelled, and how many asked. */
function holdSearches(...held: string[]) {
  const aborted: string[] = [];
  const asked: string[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get('*/api/v1/accounts', async ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      asked.push(q);
      if (held.includes(q)) {
        request.signal.addEventListener('abort', () => aborted.push(q));
        await released;
      }
      return testApi().app.fetch(request);
    }),
  );
  return { aborted, asked, release };
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("a board's request sent ahead of the board", () => {
  it('is cancelled when the find changes again before any board took it up', async () => {
    const { aborted, asked, release } = holdSearches('north');
    const queryClient = client();
    const north = startBoardRequest(queryClient, 'trial', { q: 'north' }, null).key;
    await settled();
    startBoardRequest(queryClient, 'trial', { q: 'harbor' }, north);
    await settled();
    expect(aborted).toEqual(['north']);
    release();
    await settled();
    expect(queryClient.getQueryData(boardQueryOptions('trial', { q: 'harbor' }).queryKey)?.pages).toHaveLength(1);
    expect(asked).toEqual(['north', 'harbor']);
  });

  it('is left to the board that took it up: React Query cancels it when the board moves on, and only then', async () => {
    const { aborted, asked } = holdSearches('north', 'harbor');
    const queryClient = client();
    const north = startBoardRequest(queryClient, 'trial', { q: 'north' }, null).key;
    // The board asks for the same key: it takes up the request on its way, sending none of its own.
    const board = new InfiniteQueryObserver(queryClient, boardQueryOptions('trial', { q: 'north' }));
    const stopWatching = board.subscribe(() => undefined);
    await settled();
    expect(asked).toEqual(['north']);
    startBoardRequest(queryClient, 'trial', { q: 'harbor' }, north);
    await settled();
    expect(aborted).toEqual([]);
    // The board moves to the next search (its observer to the next key).
    board.setOptions(boardQueryOptions('trial', { q: 'harbor' }));
    await settled();
    expect(aborted).toEqual(['north']);
    expect(asked).toEqual(['north', 'harbor']);
    stopWatching();
  });

  it('is not cancelled by asking for the same find again', async () => {
    const { aborted, asked, release } = holdSearches('north');
    const queryClient = client();
    const north = startBoardRequest(queryClient, 'trial', { q: 'north' }, null).key;
    startBoardRequest(queryClient, 'trial', { q: 'north' }, north);
    await settled();
    expect(aborted).toEqual([]);
    expect(asked).toEqual(['north']);
    release();
  });
});
