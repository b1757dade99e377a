import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testApi } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';
import type { Account } from '../../api/contract';
import { formatDay } from '../../components/format';

async function openDialog() {
  const app = await renderApp('/trials?view=cards');
  await screen.findAllByTestId('account-card');
  await app.user.click(screen.getByRole('button', { name: 'Add Customer' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add Customer' });
  return { ...app, dialog };
}

async function fill(
  dialog: HTMLElement,
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  email: string,
  name: string,
) {
  const emailBox = within(dialog).getByRole('textbox', { name: 'Email address' });
  const nameBox = within(dialog).getByRole('textbox', { name: 'Organization name' });
  await user.clear(emailBox);
  if (email) await user.type(emailBox, email);
  await user.clear(nameBox);
  if (name) await user.type(nameBox, name);
  return { emailBox, nameBox };
}

async function trialCount(): Promise<number> {
  const summary = (await (await testApi().app.request('/api/v1/summary')).json()) as { counts: { trial: number } };
  return summary.counts.trial;
}

async function existingEmail(): Promise<string> {
  const page = (await (await testApi().app.request('/api/v1/accounts?status=expired&limit=1')).json()) as {
    items: Array<{ email: string }>;
  };
  return page.items[0]!.email;
}

describe('Add Customer', () => {
  it('creates a trial that is at once on Active Trials and in its count, and returns focus', async () => {
    const before = await trialCount();
    const { dialog, user } = await openDialog();
    await fill(dialog, user, 'new.admin@brightway.example', 'Brightway Optics');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Add Customer' })).toHaveFocus();
    expect(await screen.findByRole('article', { name: 'Brightway Optics' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: /^Active Trials/ })).toHaveTextContent(String(before + 1)),
    );
    expect(await trialCount()).toBe(before + 1);
  });

  it('says what it did, with a link to the new account, and takes you to it', async () => {
    const { dialog, user, router } = await openDialog();
    await fill(dialog, user, 'admin@contoso.example', 'Contoso Ltd');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeInTheDocument();
    const page = (await (await testApi().app.request('/api/v1/accounts?status=trial&sort=newest&limit=1')).json()) as {
      items: Account[];
    };
    const created = page.items[0]!;
    expect(created.organizationName).toBe('Contoso Ltd');
    expect(router.state.location.pathname).toBe(`/accounts/${created.accountNumber}`);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(`Contoso Ltd added as a trial ending ${formatDay(created.trialEndsAt!)}`);
    expect(within(notice).getByRole('link', { name: 'Contoso Ltd' })).toHaveAttribute(
      'href',
      `/accounts/${created.accountNumber}`,
    );
  });

  it('warns, without refusing, when another account already has the organization name', async () => {
    const existing = (await (await testApi().app.request('/api/v1/accounts?status=paid&limit=1')).json()) as {
      items: Account[];
    };
    const twin = existing.items[0]!;
    const { dialog, user } = await openDialog();
    const { nameBox } = await fill(dialog, user, 'second@twin.example', `  ${twin.organizationName.toUpperCase()} `);
    await waitFor(() =>
      expect(nameBox).toHaveAccessibleDescription(
        `Another account is already called ${twin.organizationName} (${twin.accountNumber}). You can still add this one.`,
      ),
    );
    expect(nameBox).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByRole('heading', { level: 1, name: twin.organizationName.toUpperCase() }),
    ).toBeInTheDocument();
  });

  it('promises nothing the product does not do: no invitation email', async () => {
    const { dialog } = await openDialog();
    expect(dialog).not.toHaveTextContent(/email the|invitation/i);
    expect(dialog).toHaveTextContent('The customer starts a 30-day trial');
  });

  it.each([
    ['as it was typed', (email: string) => email],
    ['in another case', (email: string) => email.toUpperCase()],
    ['with spaces around it', (email: string) => `  ${email}   `],
  ])('refuses an email already in use %s, at the email field, keeping the input', async (_, variant) => {
    const before = await trialCount();
    const email = variant(await existingEmail());
    const { dialog, user } = await openDialog();
    const { emailBox, nameBox } = await fill(dialog, user, email, 'Copycat Holdings');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    const message = await within(dialog).findByText('This email address is already in use');
    expect(emailBox).toHaveAttribute('aria-invalid', 'true');
    expect(emailBox.getAttribute('aria-describedby')).toContain(message.id);
    expect(emailBox).toHaveValue(email);
    expect(nameBox).toHaveValue('Copycat Holdings');
    expect(await trialCount()).toBe(before);
  });

  it('checks the format and length before sending anything', async () => {
    let posted = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posted += 1;
    });
    const { dialog, user } = await openDialog();
    const { emailBox, nameBox } = await fill(dialog, user, 'not-an-email', '');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    expect(emailBox).toHaveAccessibleDescription(/Enter an email address like/);
    expect(nameBox).toHaveAccessibleDescription('Enter the organization name');
    expect(emailBox).toHaveValue('not-an-email');
    expect(posted).toBe(0);
    server.events.removeAllListeners();
  });

  it('shows the server’s 422 field errors at their fields', async () => {
    server.use(
      http.post('*/api/v1/accounts', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Check the highlighted fields',
            status: 422,
            errors: { organizationName: 'That name is reserved' },
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { dialog, user } = await openDialog();
    const { nameBox, emailBox } = await fill(dialog, user, 'ok@fine.example', 'Reserved Inc.');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(nameBox).toHaveAccessibleDescription('That name is reserved'));
    expect(nameBox).toHaveValue('Reserved Inc.');
    expect(emailBox).toHaveValue('ok@fine.example');
  });

  it('keeps what was typed when the server fails, and succeeds on a second try', async () => {
    let failures = 1;
    server.use(
      http.post('*/api/v1/accounts', () => {
        if (failures-- > 0)
          return HttpResponse.json(
            { type: 'about:blank', title: 'The server ran into a problem', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          );
        return undefined;
      }),
    );
    const { dialog, user } = await openDialog();
    const { emailBox, nameBox } = await fill(dialog, user, 'retry@later.example', 'Retry Later Ltd');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server ran into a problem');
    expect(emailBox).toHaveValue('retry@later.example');
    expect(nameBox).toHaveValue('Retry Later Ltd');

    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('article', { name: 'Retry Later Ltd' })).toBeInTheDocument();
  });

  it('creates one account when Create account is clicked twice', async () => {
    const before = await trialCount();
    let posts = 0;
    server.use(
      http.post('*/api/v1/accounts', async () => {
        posts += 1;
        await delay(150);
        return undefined;
      }),
    );
    const { dialog, user } = await openDialog();
    await fill(dialog, user, 'twice@clicky.example', 'Double Click Co.');
    const submit = within(dialog).getByRole('button', { name: 'Create account' });
    await user.dblClick(submit);
    await user.click(submit);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts).toBe(1);
    expect(await trialCount()).toBe(before + 1);
    expect(await screen.findAllByRole('article', { name: 'Double Click Co.' })).toHaveLength(1);
  });

  it.each([['Escape'], ['Cancel']])('closes on %s without creating anything', async (how) => {
    const before = await trialCount();
    const { dialog, user } = await openDialog();
    await fill(dialog, user, 'walked@away.example', 'Walked Away Inc.');
    if (how === 'Escape') await user.keyboard('{Escape}');
    else await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Add Customer' })).toHaveFocus();
    expect(await trialCount()).toBe(before);
  });

  it('keeps focus inside the dialog', async () => {
    const { dialog, user } = await openDialog();
    for (let step = 0; step < 8; step += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });
});
