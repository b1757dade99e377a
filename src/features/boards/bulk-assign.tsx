import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { assignAccounts, assigneesQueryOptions, assignmentKeys } from '../../api/assignments';
import { assignAccountsToTeam, teamsKeys, teamsQueryOptions } from '../../api/teams';
import { ApiError } from '../../api/client';
import { plural } from '../../components/format';
import { roleLabels } from '../../domain/permissions';

/**
 * Admins: assign the selected accounts (up to 500, as the API takes them) to
 * one staff member or to a team. The choice is "staff:<id>" or "team:<id>".
 */
export function BulkAssign({ accountNumbers }: { accountNumbers: string[] }) {
  const id = useId();
  const queryClient = useQueryClient();
  const staff = useQuery(assigneesQueryOptions());
  const teams = useQuery(teamsQueryOptions());
  const [chosen, setChosen] = useState('');
  const assign = useMutation({
    mutationFn: () => {
      const [kind, id = ''] = chosen.split(/:(.*)/, 2);
      return kind === 'team'
        ? assignAccountsToTeam({ teamId: id, accountNumbers, assigned: true })
        : assignAccounts({ staffId: id, accountNumbers, assigned: true });
    },
    // The selection stays (with the outcome beside it) until cleared, as after any bulk action's outcome.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
        queryClient.invalidateQueries({ queryKey: teamsKeys.all }),
      ]),
  });
  const tooMany = accountNumbers.length > 500;
  return (
    <form
      className="bulk-assign"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) assign.mutate();
      }}
    >
      <label htmlFor={`${id}-staff`}>Assign selected to</label>
      <select
        id={`${id}-staff`}
        className="field__input"
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">Choose…</option>
        <optgroup label="Staff">
          {(staff.data?.staff ?? []).map((member) => (
            <option key={member.id} value={`staff:${member.id}`}>
              {member.name ?? member.email} ({roleLabels[member.role]})
            </option>
          ))}
        </optgroup>
        {(teams.data?.teams.length ?? 0) > 0 ? (
          <optgroup label="Teams">
            {teams.data!.teams.map((team) => (
              <option key={team.id} value={`team:${team.id}`}>
                {team.name} (team)
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <button
        type="submit"
        className="button button--small"
        disabled={!chosen || accountNumbers.length === 0 || tooMany || assign.isPending}
      >
        Assign
      </button>
      {assign.isSuccess ? (
        <span role="status">{plural(assign.data.changed.length, 'account', 'accounts')} assigned</span>
      ) : null}
      {tooMany ? <span className="muted">Assign at most 500 accounts at once.</span> : null}
      {assign.isError ? (
        <span className="form-error" role="alert">
          {assign.error instanceof ApiError ? assign.error.problem.title : assign.error.message}
        </span>
      ) : null}
    </form>
  );
}
