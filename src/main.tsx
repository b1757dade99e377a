// The base styles load first, so that a feature's own rules override them and not the other way round.
import './app/styles/tokens.css';
import './app/styles/global.css';
import './app/styles/data-display.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isSafeReturnPath } from './api/session';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter, type AppRouter } from './app/router';
import { warmFormatters } from './components/format';
import { demoConnection } from './demo-start';

const SIGN_IN_PATH = '/sign-in';

function signInHref(returnTo: string): string {
  return isSafeReturnPath(returnTo) ? `${SIGN_IN_PATH}?redirect=${encodeURIComponent(returnTo)}` : SIGN_IN_PATH;
}

async function boot(): Promise<void> {
  // A task of its own, after this evaluation's and (in live mode, where the first page's data is already on its way)
  // before the first board's render: the first Intl formatter costs tens of milliseconds (components/format.ts).
  setTimeout(warmFormatters, 0);
  // Demo mode: MSW must take the first request (it hands it to the demo API in a Worker), so it
  // starts before the first render. The Worker was started first, by the page's first entry (demo-start.ts), so
  // that it grows the fleet while this JavaScript and MSW's larger chunk load and its service worker starts. In
  // live mode neither is loaded.
  const demo = await demoConnection();
  if (demo) {
    await (await import('../mocks/browser')).startDemo(demo);
    performance.mark('demo:msw-started');
  }

  let router: AppRouter | null = null;
  const queryClient = createQueryClient({
    // A 401 anywhere means the session has ended: sign in again, then come back here.
    onUnauthorized: () => {
      if (!router || router.state.location.pathname === SIGN_IN_PATH) return;
      const returnTo = router.state.location.href;
      queryClient.clear();
      void router.navigate({ href: signInHref(returnTo), replace: true });
    },
  });

  // Who is signed in is asked by the router (routes/authenticated-route.tsx) before any page loads.
  // Another tab of the demo changed the data: everything on screen may be stale, so all of it refetches.
  demo?.onChangeElsewhere(() => void queryClient.invalidateQueries());

  router = createAppRouter({ queryClient });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}

void boot().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root)
    root.innerHTML =
      '<div role="alert" style="padding:2rem;font-family:system-ui"><h1>The console could not start</h1><p>Reload the page to try again.</p></div>';
  console.error(error);
});
