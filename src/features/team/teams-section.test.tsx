import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testApi } from '../../../mocks/node';
import { renderApp } from '../../../tests/render-app';

const teamsOfApi = async () =>
  ((await (await testApi().app.request('/api/v1/team/teams')).json()) as { teams: Array<{ name: string }> }).teams;

describe('the Team page’s teams (demo staff, over the memory store)', () => {
  it('creates a team, keeps the name typed when it is taken, and says why', async () => {
    const { user } = await renderApp('/team');
    const section = within((await screen.findByRole('heading', { name: 'Teams' })).closest('section')!);
    expect(await section.findByText('No teams yet.')).toBeInTheDocument();
    const name = section.getByRole('textbox', { name: 'Team name' });
    await user.type(name, 'Night shift');
    await user.click(section.getByRole('button', { name: 'Create team' }));
    const teams = await section.findByRole('list', { name: 'Teams' });
    expect(within(teams).getByRole('heading', { level: 3, name: 'Night shift' })).toBeInTheDocument();
    expect(within(teams).getByText('0 accounts, 0 members')).toBeInTheDocument();
    expect(name).toHaveValue('');

    await user.type(name, 'NIGHT SHIFT');
    await user.click(section.getByRole('button', { name: 'Create team' }));
    expect(await section.findByText('Another team of your MSP has this name')).toBeInTheDocument();
    expect(name).toHaveValue('NIGHT SHIFT');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(await teamsOfApi()).toHaveLength(1);
  });

  it('adds and removes members, renames and deletes a team after a confirmation', async () => {
    await testApi().app.request('/api/v1/team/teams', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Field team' }),
    });
    const { user } = await renderApp('/team');
    const teams = await screen.findByRole('list', { name: 'Teams' });
    await user.selectOptions(
      within(teams).getByRole('combobox', { name: 'Add a member to Field team' }),
      'demo-technician',
    );
    await user.click(within(teams).getByRole('button', { name: 'Add to Field team' }));
    const members = await within(teams).findByRole('list', { name: 'Members of Field team' });
    expect(within(members).getByText('Demo Technician')).toBeInTheDocument();

    await user.click(within(teams).getByRole('button', { name: 'Remove Demo Technician from Field team' }));
    await waitFor(() =>
      expect(within(teams).queryByRole('list', { name: 'Members of Field team' })).not.toBeInTheDocument(),
    );

    await user.click(within(teams).getByRole('button', { name: 'Rename Field team' }));
    const rename = within(teams).getByRole('textbox', { name: 'New name for Field team' });
    await user.clear(rename);
    await user.type(rename, 'Road crew');
    await user.click(within(teams).getByRole('button', { name: 'Save name' }));
    expect(await within(teams).findByRole('heading', { level: 3, name: 'Road crew' })).toBeInTheDocument();

    await user.click(within(teams).getByRole('button', { name: 'Delete Road crew' }));
    await user.click(within(teams).getByRole('button', { name: 'Confirm deletion of Road crew' }));
    expect(await screen.findByText('No teams yet.')).toBeInTheDocument();
    expect(await teamsOfApi()).toEqual([]);

    // Each change is a staff event on the Activity page.
    await user.click(screen.getByRole('link', { name: 'Activity' }));
    await user.click(await screen.findByRole('link', { name: 'Staff and sign-in events' }));
    const events = await screen.findByRole('table', { name: 'Staff and sign-in events' });
    for (const sentence of [
      'Created the team Field team',
      'Added Demo Technician (demo.technician@command-center.example) to the team Field team',
      'Removed Demo Technician (demo.technician@command-center.example) from the team Field team',
      'Renamed the team Field team to Road crew',
      'Deleted the team Road crew; its members no longer see its accounts',
    ])
      expect(within(events).getByText(sentence)).toBeInTheDocument();
  });
});
