import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetTestApi, server } from '../mocks/node';
import { onlineManager } from '@tanstack/react-query';
import { useActionNotice } from '../src/stores/action-notice-store';
import { useBulkSelection } from '../src/stores/bulk-selection-store';
import { useConnection } from '../src/stores/connection-store';
import { useThemeStore } from '../src/stores/theme-store';
import { useViewPreference } from '../src/stores/view-preference-store';

const initialViewPreference = useViewPreference.getInitialState();
const initialTheme = useThemeStore.getInitialState();
const initialNotice = useActionNotice.getInitialState();
const initialSelection = useBulkSelection.getInitialState();
const initialConnection = useConnection.getInitialState();

// Server tests (`@vitest-environment node`) talk to a real server over HTTP: no DOM to clean
// up, and no MSW, which would otherwise answer their requests with the demo API.
const domTest = typeof window !== 'undefined';

if (domTest) {
  // findBy/waitFor wait up to 5 s, not 1 s: whole routes render against the API app on a 2-core machine under load.
  configure({ asyncUtilTimeout: 5_000 });
  // jsdom has no layout: the router's scroll restoration would only log that it is missing.
  window.scrollTo = () => {};

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  // The console loads its pages, dialogs and card actions on first use; transformed once here, so the first test to open
  // one does not wait for the transform inside its findBy timeout.
  beforeAll(() =>
    Promise.all([
      import('../src/components/radix-dialog'),
      import('../src/features/accounts/account-action-list'),
      import('../src/features/accounts/account-action-menu'),
    ]),
  );
  beforeEach(() => {
    resetTestApi();
  });
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    localStorage.clear();
    sessionStorage.clear();
    useViewPreference.setState(initialViewPreference, true);
    useThemeStore.setState(initialTheme, true);
    useActionNotice.setState(initialNotice, true);
    useBulkSelection.setState(initialSelection, true);
    useConnection.setState(initialConnection, true);
    onlineManager.setOnline(true);
  });
  afterAll(() => server.close());
}
