import { http } from 'msw';

interface FetchApp {
  fetch: (request: Request) => Response | Promise<Response>;
}

/**
 * One handler hands every API request to the API application, so the mocks
 * behave exactly as the server does. Only `http` from MSW is used, which
 * MSW 3 keeps as it is.
 */
export function apiHandlers(app: FetchApp) {
  return [http.all('*/api/v1/*', ({ request }) => app.fetch(request))];
}
