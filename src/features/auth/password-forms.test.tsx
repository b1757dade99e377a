import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

// Setting a password exists in live mode only; the demo signs its staff in by itself.
vi.mock('../../api/config', () => ({ config: { apiBaseUrl: '', demoMode: false } }));

const problem = (status: number, title: string, errors?: Record<string, string>) =>
  HttpResponse.json(
    { type: 'about:blank', status, title, ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('the new-password field and form state, as setup, invite and profile share them', () => {
  it('says the rule, refuses a short password on its field and keeps everything typed', async () => {
    const posts: unknown[] = [];
    server.use(
      http.get('*/api/v1/setup', () => HttpResponse.json({ open: true, codeRequired: false })),
      http.post('*/api/v1/setup', async ({ request }) => {
        posts.push(await request.json());
        return problem(422, 'This password is too common', {
          password: 'This password is too common: it is among those tried first. Choose a longer phrase of your own',
        });
      }),
    );
    const { user } = await renderApp('/setup');
    await user.type(await screen.findByRole('textbox', { name: 'MSP name' }), 'Northwind IT');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Alex Morgan');
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'alex@northwind.example');
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAccessibleDescription(/At least 12 characters, and not a common password/);

    await user.type(password, 'short-pass1');
    await user.click(screen.getByRole('button', { name: 'Create MSP and Admin' }));
    expect(password).toHaveAccessibleDescription(/^Use at least 12 characters/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);

    // Typing clears the error; the server's refusal of a common one lands on the same field.
    await user.type(password, '23456');
    expect(password).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Create MSP and Admin' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(/^This password is too common/));
    expect(posts).toHaveLength(1);
    expect(password).toHaveValue('short-pass123456');
    expect(screen.getByRole('textbox', { name: 'MSP name' })).toHaveValue('Northwind IT');
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('alex@northwind.example');
  });

  it('on an invite, checks the name and the password together and shows a refusal above the form', async () => {
    server.use(
      http.get('*/api/v1/invites/abc', () =>
        HttpResponse.json({
          email: 'sam@northwind.example',
          role: 'sales',
          mspName: 'Northwind IT',
          expiresAt: '2026-12-09T00:00:00.000Z',
        }),
      ),
      http.post('*/api/v1/invites/abc/accept', () =>
        problem(410, 'This invite has expired. Ask an Admin for a new one.'),
      ),
    );
    const { user } = await renderApp('/invite/abc');
    await user.click(await screen.findByRole('button', { name: 'Join and sign in' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription('Enter your name');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/^Use at least 12 characters/);

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam Lee');
    await user.type(screen.getByLabelText('Password'), 'violet tram at dusk');
    await user.click(screen.getByRole('button', { name: 'Join and sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invite has expired. Ask an Admin for a new one.');
    expect(screen.getByLabelText('Password')).toHaveValue('violet tram at dusk');
  });

  it('on the profile, empties both boxes after a change and takes the "changed" note away on the next keystroke', async () => {
    const changes: unknown[] = [];
    server.use(
      http.get('*/api/v1/session', () =>
        HttpResponse.json({
          staff: { id: '1', email: 'alex@northwind.example', name: 'Alex Morgan', role: 'admin' },
          msp: { id: 'northwind', name: 'Northwind IT' },
        }),
      ),
      http.get('*/api/v1/sessions', () => HttpResponse.json({ items: [] })),
      http.post('*/api/v1/session/password', async ({ request }) => {
        changes.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = await renderApp('/profile');
    const current = await screen.findByLabelText('Current password');
    const fresh = screen.getByLabelText('New password');
    expect(fresh).toHaveAccessibleDescription(/At least 12 characters/);
    await user.type(current, 'the old phrase');
    await user.type(fresh, 'a brand new phrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. Your other sessions have ended.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(changes).toEqual([{ currentPassword: 'the old phrase', newPassword: 'a brand new phrase' }]);
    expect(current).toHaveValue('');
    expect(fresh).toHaveValue('');
    await user.type(current, 'x');
    expect(screen.queryByText('Password changed. Your other sessions have ended.')).not.toBeInTheDocument();
  });
});
