import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { routeRefusal } from '../../api/client';
import type { StaffMember } from '../../api/team-contract';
import { teamsQueryOptions } from '../../api/teams';
import { TextField } from '../../components/text-field';
import { TeamItem } from './team-item';
import { useCreateTeam } from './use-teams';
import { FormAlert } from '../../components/form-alert';

/**
 * Teams of staff: a technician sees the accounts assigned to them and to
 * every team they are in. Accounts are assigned to a team from the boards
 * and the account page, as to a staff member.
 */
export function TeamsSection({ staff }: { staff: StaffMember[] }) {
  const id = useId();
  const teams = useQuery(teamsQueryOptions());
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const active = staff.filter((member) => member.status === 'active');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!name.trim()) {
      setError('Enter a name for the team');
      return;
    }
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: () => setName(''),
        onError: routeRefusal('name', setError, (failure) => setFormError(failure.message)),
      },
    );
  };

  return (
    <section className="team-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Teams</h2>
      <p className="muted">
        A technician sees the accounts assigned to them and to every team they are in. Removing someone from a team, or
        deleting it, takes those accounts from them at once.
      </p>
      <form className="team-create" noValidate onSubmit={submit} aria-busy={create.isPending}>
        <FormAlert message={formError} />
        <TextField
          label="Team name"
          autoComplete="off"
          maxLength={80}
          value={name}
          error={error}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
        />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create team
        </button>
      </form>
      {teams.isError ? (
        <p className="form-error" role="alert">
          The teams could not be loaded: {teams.error.message}
        </p>
      ) : !teams.data ? (
        <p className="muted">Loading teams…</p>
      ) : teams.data.teams.length === 0 ? (
        <p className="muted">No teams yet.</p>
      ) : (
        <ul className="team-list" aria-label="Teams">
          {teams.data.teams.map((team) => (
            <TeamItem key={team.id} team={team} staff={active} />
          ))}
        </ul>
      )}
    </section>
  );
}
