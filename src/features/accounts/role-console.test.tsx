import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testApi } from '../../../mocks/node';
import type { Account, AccountPage } from '../../api/contract';
import type { Role } from '../../domain/permissions';
import { apiJson, someAccount } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';

/** Signs the test API in as the demo's staff member of this role. */
async function viewAs(role: Role) {
  const response = await testApi().app.request('/api/v1/demo/view-as', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  expect(response.status).toBe(200);
}

async function board(status: 'paid' | 'trial' | 'expired'): Promise<Account[]> {
  return (await apiJson<AccountPage>(`/accounts?status=${status}&limit=200`)).items;
}

describe('the console follows the role', () => {
  it('shows a technician only the accounts assigned to them, with no lifecycle buttons or billing', async () => {
    const everyPaid = await board('paid');
    await viewAs('technician');
    const assigned = await board('paid');
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.length).toBeLessThan(everyPaid.length);

    await renderApp('/paid?view=list');
    const table = await screen.findByRole('table');
    // The list draws only the rows on screen; it counts all of them (with its header and footer rows).
    expect(table).toHaveAttribute('aria-rowcount', String(assigned.length + 2));
    const drawn = within(table).getAllByRole('row').length - 2;
    for (const account of assigned.slice(0, drawn))
      expect(within(table).getByText(account.organizationName)).toBeInTheDocument();
    const hidden = everyPaid.find((account) => !assigned.some((one) => one.accountNumber === account.accountNumber))!;
    expect(within(table).queryByText(hidden.organizationName)).not.toBeInTheDocument();
    expect(await screen.findByTestId('scope-note')).toHaveTextContent('Accounts assigned to you');
    expect(screen.queryByText('Next invoice')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /add customer/i })).not.toBeInTheDocument();
    for (const name of ['Change seats', 'Cancel subscription', 'Upgrade to paid', 'Download data'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('shows a technician an account outside their assignment as not found', async () => {
    const everyPaid = await board('paid');
    await viewAs('technician');
    const assigned = await board('paid');
    const hidden = everyPaid.find((account) => !assigned.some((one) => one.accountNumber === account.accountNumber))!;
    await renderApp(`/accounts/${hidden.accountNumber}`);
    expect(await screen.findByRole('heading', { name: /not found/i })).toBeInTheDocument();
    expect(screen.queryByText(hidden.organizationName)).not.toBeInTheDocument();
  });

  it('shows Sales no Next invoice and no Cancel on the paid accounts it converted, but trials to run', async () => {
    await viewAs('sales');
    const converted = await someAccount('paid', (account) => account.cancelsOn === null);
    const { unmount } = await renderApp(`/accounts/${converted.accountNumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: converted.organizationName })).toBeInTheDocument();
    expect(screen.queryByText('Next invoice')).not.toBeInTheDocument();
    expect(await screen.findByTestId('scope-note')).toHaveTextContent('Trials and accounts you converted');
    expect(screen.queryByRole('button', { name: 'Cancel subscription' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change seats' })).not.toBeInTheDocument();
    unmount();

    const trial = await someAccount('trial');
    await renderApp(`/accounts/${trial.accountNumber}`);
    expect(await screen.findByRole('heading', { level: 1, name: trial.organizationName })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade to paid' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Extend trial' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /add customer/i })).toBeInTheDocument();
  });

  it('lets an Admin assign an account to the technician, who then sees it', async () => {
    const paid = await someAccount('paid');
    const { user, unmount } = await renderApp(`/accounts/${paid.accountNumber}`);
    const section = await screen.findByRole('region', { name: 'Assigned staff' });
    expect(await within(section).findByText('Not assigned to anyone yet.')).toBeInTheDocument();
    const select = within(section).getByLabelText('Assign to');
    await waitFor(() => expect(within(select).getByRole('option', { name: /Demo Technician/ })).toBeInTheDocument());
    await user.selectOptions(select, within(select).getByRole('option', { name: /Demo Technician/ }));
    await user.click(within(section).getByRole('button', { name: 'Assign' }));
    const list = await within(section).findByRole('list', { name: 'Assigned staff' });
    expect(within(list).getByText('Demo Technician')).toBeInTheDocument();
    unmount();

    await viewAs('technician');
    expect((await board('paid')).some((account) => account.accountNumber === paid.accountNumber)).toBe(true);
  });

  it('lets an Admin assign the selected accounts of a board at once', async () => {
    const { user } = await renderApp('/trials?view=cards');
    await screen.findAllByTestId('account-card');
    const checkboxes = screen.getAllByRole('checkbox', { name: /^Select .* \(AC-\d+\)$/ }).slice(0, 2);
    const chosen: string[] = [];
    for (const checkbox of checkboxes) {
      chosen.push(/\((AC-\d+)\)$/.exec(checkbox.getAttribute('aria-label') ?? '')?.[1] ?? '');
      await user.click(checkbox);
    }
    expect(chosen).toHaveLength(2);
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    // The assignment picker's code loads once something is selected.
    const select = await within(bar).findByLabelText('Assign selected to');
    await waitFor(() => expect(within(select).getByRole('option', { name: /Demo Technician/ })).toBeInTheDocument());
    await user.selectOptions(select, within(select).getByRole('option', { name: /Demo Technician/ }));
    await user.click(within(bar).getByRole('button', { name: 'Assign' }));
    expect(await within(bar).findByRole('status')).toHaveTextContent('2 accounts assigned');

    await viewAs('technician');
    const seen = (await board('trial')).map((account) => account.accountNumber);
    expect(seen).toEqual(expect.arrayContaining(chosen));
  });

  it('lets an Admin assign accounts to a team, on the account page and from a board; its technician sees them', async () => {
    const created = await testApi().app.request('/api/v1/team/teams', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Night shift' }),
    });
    const team = (await created.json()) as { id: string };
    await testApi().app.request(`/api/v1/team/teams/${team.id}/members/demo-technician`, { method: 'PUT' });
    await viewAs('technician');
    const before = (await board('paid')).map((account) => account.accountNumber);
    await viewAs('admin');
    const paid = (await board('paid')).find((account) => !before.includes(account.accountNumber))!;

    const { user, unmount } = await renderApp(`/accounts/${paid.accountNumber}`);
    const section = await screen.findByRole('region', { name: 'Assigned teams' });
    expect(await within(section).findByText('Not assigned to any team.')).toBeInTheDocument();
    const select = within(section).getByLabelText('Assign to team');
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Night shift' })).toBeInTheDocument());
    await user.selectOptions(select, 'Night shift');
    await user.click(within(section).getByRole('button', { name: 'Assign to team' }));
    const list = await within(section).findByRole('list', { name: 'Assigned teams' });
    expect(within(list).getByText('Night shift')).toBeInTheDocument();
    unmount();
    await viewAs('technician');
    expect((await board('paid')).map((account) => account.accountNumber)).toContain(paid.accountNumber);
    await viewAs('admin');

    const trials = await renderApp('/trials?view=cards');
    await screen.findAllByTestId('account-card');
    const checkbox = screen.getAllByRole('checkbox', { name: /^Select .* \(AC-\d+\)$/ })[0]!;
    const chosen = /\((AC-\d+)\)$/.exec(checkbox.getAttribute('aria-label') ?? '')?.[1] ?? '';
    await trials.user.click(checkbox);
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    const bulk = await within(bar).findByLabelText('Assign selected to');
    await waitFor(() => expect(within(bulk).getByRole('option', { name: 'Night shift (team)' })).toBeInTheDocument());
    await trials.user.selectOptions(bulk, 'Night shift (team)');
    await trials.user.click(within(bar).getByRole('button', { name: 'Assign' }));
    expect(await within(bar).findByRole('status')).toHaveTextContent('1 account assigned');
    await viewAs('technician');
    expect((await board('trial')).map((account) => account.accountNumber)).toContain(chosen);
  });

  it('shows the server’s sentence when the role was changed behind the console’s back', async () => {
    await viewAs('sales');
    const converted = (await board('paid')).find((account) => account.cancelsOn === null)!;
    await viewAs('admin');
    const { user } = await renderApp(`/accounts/${converted.accountNumber}`);
    await user.click(await screen.findByRole('button', { name: 'Cancel subscription' }));
    const dialog = await screen.findByRole('dialog');
    await viewAs('sales');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await screen.findByText(/Only an Admin can cancel a subscription\./)).toBeInTheDocument();
    expect((await apiJson<Account>(`/accounts/${converted.accountNumber}`)).cancelsOn).toBeNull();
  });

  it('shows Sales its pipeline on Insights but not the MSP-wide daily figures', async () => {
    await viewAs('sales');
    await renderApp('/insights');
    expect(await screen.findByTestId('insights-scope')).toHaveTextContent('trials and accounts you converted');
    expect(screen.queryByRole('heading', { name: /Monthly recurring revenue/ })).not.toBeInTheDocument();
  });

  it('switches the demo between roles from the demo controls', async () => {
    const { user } = await renderApp('/paid?view=list');
    const viewAsGroup = await screen.findByRole('group', { name: 'View as' });
    expect(within(viewAsGroup).getByRole('radio', { name: 'Admin' })).toBeChecked();
    expect(await screen.findByText('Next invoice')).toBeInTheDocument();

    await user.click(within(viewAsGroup).getByRole('radio', { name: 'Technician' }));
    await waitFor(() => expect(within(viewAsGroup).getByRole('radio', { name: 'Technician' })).toBeChecked());
    expect(await screen.findByTestId('scope-note')).toHaveTextContent('Accounts assigned to you');
    expect(screen.queryByText('Next invoice')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Signed in as demo\.technician@/)).toBeInTheDocument();
  });
});
