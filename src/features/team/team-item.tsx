import { useId, useState, type FormEvent } from 'react';
import { routeRefusal } from '../../api/client';
import type { StaffMember } from '../../api/team-contract';
import type { StaffTeam } from '../../api/teams-contract';
import { plural } from '../../components/format';
import { TextField } from '../../components/text-field';
import { roleLabels } from '../../domain/permissions';
import { useDeleteTeam, useRenameTeam, useSetTeamMember } from './use-teams';
import { FormAlert } from '../../components/form-alert';

const nameOf = (member: { name: string | null; email: string }) => member.name ?? member.email;

/** One team: its name (renamed in place), its members (added and removed), and its deletion behind a confirmation. */
export function TeamItem({ team, staff }: { team: StaffTeam; staff: StaffMember[] }) {
  const id = useId();
  const rename = useRenameTeam();
  const remove = useDeleteTeam();
  const member = useSetTeamMember();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onError = (failure: Error) => setError(failure.message);
  const others = staff.filter((one) => !team.members.some((inTeam) => inTeam.id === one.id));

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    if (renaming === null) return;
    setError(null);
    rename.mutate(
      { id: team.id, name: renaming.trim() },
      {
        onSuccess: () => setRenaming(null),
        onError: routeRefusal('name', setNameError, onError),
      },
    );
  };

  return (
    <li className="team-item" aria-labelledby={`${id}-name`}>
      <div className="team-item__head">
        <h3 id={`${id}-name`}>{team.name}</h3>
        <span className="muted">
          {plural(team.accountCount, 'account', 'accounts')}, {plural(team.members.length, 'member', 'members')}
        </span>
        <span className="team-item__actions">
          {renaming === null && !confirming ? (
            <>
              <button type="button" className="button button--small" onClick={() => setRenaming(team.name)}>
                Rename <span className="visually-hidden">{team.name}</span>
              </button>
              <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
                Delete <span className="visually-hidden">{team.name}</span>
              </button>
            </>
          ) : null}
        </span>
      </div>
      <FormAlert message={error} />
      {renaming !== null ? (
        <form className="team-create" noValidate onSubmit={saveName} aria-busy={rename.isPending}>
          <TextField
            label={`New name for ${team.name}`}
            autoComplete="off"
            maxLength={80}
            value={renaming}
            error={nameError}
            onChange={(event) => {
              setRenaming(event.target.value);
              setNameError(undefined);
            }}
          />
          <span className="team-confirm">
            <button type="submit" className="button button--primary button--small" disabled={rename.isPending}>
              Save name
            </button>
            <button type="button" className="button button--small" onClick={() => setRenaming(null)}>
              Cancel
            </button>
          </span>
        </form>
      ) : null}
      {confirming ? (
        <span className="team-confirm">
          <span>Its members no longer see its {plural(team.accountCount, 'account', 'accounts')}.</span>
          <button
            type="button"
            className="button button--danger button--small"
            disabled={remove.isPending}
            onClick={() => remove.mutate(team.id, { onError, onSettled: () => setConfirming(false) })}
          >
            Confirm deletion of {team.name}
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : null}
      {team.members.length === 0 ? (
        <p className="muted">No members yet.</p>
      ) : (
        <ul className="team-members" aria-label={`Members of ${team.name}`}>
          {team.members.map((one) => (
            <li key={one.id}>
              <span>
                {nameOf(one)} <span className="muted">{roleLabels[one.role]}</span>
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove ${nameOf(one)} from ${team.name}`}
                disabled={member.isPending}
                onClick={() => {
                  setError(null);
                  member.mutate({ id: team.id, staffId: one.id, member: false }, { onError });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <form
          className="team-add-member"
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen) return;
            setError(null);
            member.mutate({ id: team.id, staffId: chosen, member: true }, { onError, onSuccess: () => setChosen('') });
          }}
        >
          <label htmlFor={`${id}-add`}>Add a member to {team.name}</label>
          <select id={`${id}-add`} className="field__input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose a staff member…</option>
            {others.map((one) => (
              <option key={one.id} value={one.id}>
                {nameOf(one)} ({roleLabels[one.role]})
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!chosen || member.isPending}>
            Add <span className="visually-hidden">to {team.name}</span>
          </button>
        </form>
      ) : null}
    </li>
  );
}
