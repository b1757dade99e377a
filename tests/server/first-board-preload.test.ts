import { QueryClient } from '@tanstack/react-query';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardQueryOptions } from '../../src/api/accounts';
import { sessionQueryOptions } from '../../src/api/session';
import type { BoardStatus } from '../../src/domain/account-status';
import { findFor } from '../../src/features/boards/board-find-search';
import { firstBoardRequests, firstBoardVariant, firstBoardVariants } from '../../server/node/first-board-preload';
import { loadStaticSite } from '../../server/node/static-site';

const boards: Array<[string, BoardStatus]> = [
  ['/paid', 'paid'],
  ['/trials', 'trial'],
  ['/expired', 'expired'],
];

/** The URLs the console itself fetches for a board's first page and the session check, as it builds them. */
async function consoleRequests(status: BoardStatus): Promise<string[]> {
  const urls: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    urls.push(String(input instanceof Request ? input.url : input).replace(location.origin, ''));
    return Promise.resolve(new Response('{}', { status: 500 }));
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await client.fetchQuery(sessionQueryOptions()).catch(() => undefined);
  await client.fetchInfiniteQuery(boardQueryOptions(status, findFor(status, {}))).catch(() => undefined);
  return urls;
}

describe('preloading the first board from the live server page', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(boards)(
    'preloads on %s exactly the URLs the console asks for (a preload is used only on a match)',
    async (boardPath, status) => {
      expect(firstBoardRequests(new URL(`http://console${boardPath}?view=cards`))).toEqual(
        await consoleRequests(status),
      );
    },
  );

  it('preloads only a board in its default order and search, whatever the view', () => {
    expect(firstBoardVariant(new URL('http://console/paid'))).toBe('/paid');
    expect(firstBoardVariant(new URL('http://console/trials/?view=table'))).toBe('/trials');
    expect(firstBoardVariant(new URL('http://console/paid?q=dental'))).toBeNull();
    expect(firstBoardVariant(new URL('http://console/expired?sort=name'))).toBeNull();
    expect(firstBoardVariant(new URL('http://console/accounts/ACC-1'))).toBeNull();
    expect(firstBoardVariant(new URL('http://console/sign-in'))).toBeNull();
    // The home page goes on to Paid Subscriptions in its own order.
    expect(firstBoardVariant(new URL('http://console/'))).toBe('/paid');
  });

  it('serves a board variant of index.html with the preloads in its head, and the plain page otherwise', async () => {
    const distDir = await mkdtemp(path.join(tmpdir(), 'mcc-dist-'));
    try {
      await mkdir(path.join(distDir, 'assets'));
      await writeFile(path.join(distDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
      const site = await loadStaticSite(distDir, { mode: 'live' }, firstBoardVariants());
      const html = (variant?: string | null) => new TextDecoder().decode(site('/paid', variant)!.body);
      expect(html('/paid')).toContain(
        '<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/v1/session">' +
          '<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/v1/accounts?status=paid&amp;limit=60&amp;sort=nextCharge"></head>',
      );
      expect(html(null)).not.toContain('preload');
      expect(site('/paid', '/paid')!.headers['Content-Security-Policy']).toBe(
        site('/paid')!.headers['Content-Security-Policy'],
      );
      expect(site('/paid', '/paid')!.headers.ETag).not.toBe(site('/paid')!.headers.ETag);
      // An asset is never swapped for a page.
      expect(site('/favicon.svg', '/paid')).toBeNull();
    } finally {
      await rm(distDir, { recursive: true, force: true });
    }
  });
});
