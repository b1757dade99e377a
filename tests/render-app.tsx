import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';

/** The whole console at a URL, over the mock API, with a fresh cache and no retries. */
export async function renderApp(url = '/paid') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ queryClient, history });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  await router.load();
  return { ...view, user, router, queryClient, history };
}
