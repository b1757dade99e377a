import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testApi } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

describe('the Team page (demo staff, over the memory store)', () => {
  it('lists the staff with role, status and last seen, and is in the navigation for an Admin', async () => {
    const { user } = await renderApp('/paid');
    await user.click(await screen.findByRole('link', { name: 'Team' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Staff of your MSP' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      'demo.staff@command-center.example',
      'demo.sales@command-center.example',
      'demo.technician@command-center.example',
    ]);
    expect(within(rows[0]!).getByRole('combobox', { name: 'Role of Demo Staff' })).toHaveValue('admin');
    expect(within(rows[2]!).getByText('Never')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Active')).toBeInTheDocument();
  });

  it('invites by email with a role and shows the single-use link once, to copy', async () => {
    const { user } = await renderApp('/team');
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'kim@northwind.example');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'sales');
    await user.click(screen.getByRole('button', { name: 'Create invite link' }));
    const link = await screen.findByRole('textbox', { name: 'Invite link' });
    expect((link as HTMLInputElement).value).toMatch(/\/invite\/[\w-]{43}$/);
    expect(screen.getByText(/Invite link for/).closest('[role="status"]')).toHaveTextContent(
      'kim@northwind.example (Sales)',
    );
    expect(await screen.findByText(/as Sales, by demo.staff@command-center.example/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Revoke the invite to kim@northwind.example' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Open invites' })).not.toBeInTheDocument());
  });

  it('keeps what was typed and says why when the address is a staff member’s', async () => {
    const { user } = await renderApp('/team');
    const email = await screen.findByRole('textbox', { name: 'Email address' });
    await user.type(email, 'demo.sales@command-center.example');
    await user.click(screen.getByRole('button', { name: 'Create invite link' }));
    expect(await screen.findByText('This address is already a staff member’s sign-in')).toBeInTheDocument();
    expect(email).toHaveValue('demo.sales@command-center.example');
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('changes a role, refuses to demote the last Admin with a sentence, and deactivates after a confirmation', async () => {
    const { user } = await renderApp('/team');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Demo Technician' }), 'sales');
    await waitFor(async () => expect((await testApi().app.request('/api/v1/team')).status).toBe(200));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role of Demo Technician' })).toHaveValue('sales'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of Demo Staff' }), 'technician');
    expect(await screen.findByRole('alert')).toHaveTextContent('This is the last Admin of your MSP');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role of Demo Staff' })).toHaveValue('admin'));

    await user.click(screen.getByRole('button', { name: 'Deactivate Demo Sales' }));
    await user.click(screen.getByRole('button', { name: 'Confirm deactivation of Demo Sales' }));
    const row = (await screen.findByText('Deactivated')).closest('tr')!;
    expect(within(row).getByText('Demo Sales')).toBeInTheDocument();
    expect(within(row).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('shows staff and sign-in events on the Activity page’s second tab', async () => {
    const { user } = await renderApp('/team');
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'lee@northwind.example');
    await user.click(screen.getByRole('button', { name: 'Create invite link' }));
    await screen.findByRole('textbox', { name: 'Invite link' });
    await user.click(screen.getByRole('link', { name: 'Activity' }));
    await user.click(await screen.findByRole('link', { name: 'Staff and sign-in events' }));
    const table = await screen.findByRole('table', { name: 'Staff and sign-in events' });
    expect(within(table).getByText('Invited lee@northwind.example as Technician')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
  });
});
