import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import type { Session } from '../../api/session-contract';
import { renderApp } from '../../../tests/render-app';

// The sign-in page exists in live mode only; the demo redirects it away.
vi.mock('../../api/config', () => ({ config: { apiBaseUrl: '', demoMode: false } }));

const PASSWORD = 'correct horse battery';
const session: Session = {
  staff: { id: '1', email: 'alex@northwind-it.example', name: 'Alex Morgan', role: 'admin' },
  msp: { id: 'northwind-it', name: 'Northwind IT Services' },
};

/** The live server's POST /session: one staff member, one password. */
function liveSignIn() {
  const attempts: unknown[] = [];
  server.use(
    http.post('*/api/v1/session', async ({ request }) => {
      const body = (await request.json()) as { email: string; password: string };
      attempts.push(body);
      if (body.email === session.staff.email && body.password === PASSWORD) return HttpResponse.json(session);
      return HttpResponse.json(
        {
          type: 'about:blank',
          status: 401,
          title: 'Email or password is incorrect',
          detail: 'Check both and try again.',
        },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
  return attempts;
}

async function fillAndSubmit(user: Awaited<ReturnType<typeof renderApp>>['user'], email: string, password: string) {
  const emailBox = screen.getByRole('textbox', { name: 'Email address' });
  const passwordBox = screen.getByLabelText('Password');
  await user.clear(emailBox);
  if (email) await user.type(emailBox, email);
  await user.clear(passwordBox);
  if (password) await user.type(passwordBox, password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { emailBox, passwordBox };
}

describe('signing in (live mode)', () => {
  it('shows a clear error on bad credentials, keeps what was typed and moves focus to the error', async () => {
    liveSignIn();
    const { user } = await renderApp('/sign-in?redirect=%2Ftrials');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    const { emailBox, passwordBox } = await fillAndSubmit(user, session.staff.email, 'wrong password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Email or password is incorrect');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(emailBox).toHaveValue(session.staff.email);
    expect(passwordBox).toHaveValue('wrong password');
    // The totals and the Add Customer button belong to signed-in pages only.
    expect(screen.queryByRole('button', { name: 'Add Customer' })).not.toBeInTheDocument();
  });

  it('asks for both fields before calling the server, each error tied to its field', async () => {
    const attempts = liveSignIn();
    const { user } = await renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    const { emailBox, passwordBox } = await fillAndSubmit(user, '', '');
    expect(emailBox).toHaveAccessibleDescription('Enter your email address');
    expect(passwordBox).toHaveAccessibleDescription('Enter your password');
    expect(emailBox).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(emailBox).toHaveFocus());
    expect(attempts).toHaveLength(0);
  });

  it('signs in and goes back to where the user was, showing who is signed in', async () => {
    const attempts = liveSignIn();
    const { user, router } = await renderApp('/sign-in?redirect=%2Ftrials%3Fview%3Dlist');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit(user, `  ${session.staff.email}  `, PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Active Trials' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/trials');
    expect(router.state.location.search).toEqual({ view: 'list' });
    // The tab no longer says "Sign in".
    await waitFor(() => expect(document.title).toBe('Active Trials · MSP Command Center'));
    expect(attempts).toEqual([{ email: session.staff.email, password: PASSWORD }]);
    // The page header, not the cards' own <header>s.
    const banner = document.querySelector<HTMLElement>('header.topbar')!;
    expect(within(banner).getByText(session.staff.email)).toBeInTheDocument();
    expect(within(banner).getByText(session.msp.name)).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('a signed-out visit to any page is sent to sign in by the router, and comes back after', async () => {
    liveSignIn();
    let asked = 0;
    let signedIn = false;
    server.use(
      http.get('*/api/v1/session', () => {
        asked += 1;
        return signedIn
          ? HttpResponse.json(session)
          : HttpResponse.json(
              { type: 'about:blank', status: 401, title: 'Sign in to continue' },
              { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
            );
      }),
    );
    const { user, router } = await renderApp('/expired?view=list');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toEqual({ redirect: '/expired?view=list' });
    expect(asked).toBeGreaterThan(0);
    await waitFor(() => expect(document.title).toBe('Sign in · MSP Command Center'));
    // No board, no totals: nothing of the console rendered before the router knew who was there.
    expect(screen.queryByRole('navigation', { name: 'Dashboard' })).not.toBeInTheDocument();

    signedIn = true;
    await fillAndSubmit(user, session.staff.email, PASSWORD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Expired Trials' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ view: 'list' });
    await waitFor(() => expect(document.title).toBe('Expired Trials · MSP Command Center'));
  });

  it('never goes to another site after signing in', async () => {
    liveSignIn();
    const { user, router } = await renderApp('/sign-in?redirect=%2F%2Fevil.example%2Fpaid');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await fillAndSubmit(user, session.staff.email, PASSWORD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Paid Subscriptions' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/paid');
  });

  it('signs out on the server and returns to the sign-in page', async () => {
    let signedOut = false;
    server.use(
      http.get('*/api/v1/session', () => HttpResponse.json(session)),
      http.delete('*/api/v1/session', () => {
        signedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = await renderApp('/paid');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(signedOut).toBe(true);
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
