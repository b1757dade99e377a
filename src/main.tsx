import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from './api/config';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import './app/styles/tokens.css';
import './app/styles/global.css';

async function boot(): Promise<void> {
  // Demo mode: the mock API must answer before the first request, so it
  // starts before the first render. In live mode this import is never made.
  if (config.demoMode) {
    const { startDemo } = await import('../mocks/browser');
    await startDemo();
  }
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient });
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
