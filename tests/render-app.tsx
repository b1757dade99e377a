import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';

/**
 * The whole console at a URL, over the mock API, with a fresh cache and no retries. Answers are stale at once
 * unless `staleTime` says otherwise (the app keeps them 15 s: createQueryClient).
 */
export async function renderApp(url = '/paid', { staleTime = 0 }: { staleTime?: number } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime }, mutations: { retry: false } },
  });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ queryClient, history });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  await router.load();
  return { ...view, user, router, queryClient, history };
}
