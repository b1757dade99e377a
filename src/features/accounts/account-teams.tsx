import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { teamKeys } from '../../api/team';
import { accountTeamsQueryOptions, setAccountTeam, teamsKeys, teamsQueryOptions } from '../../api/teams';
import { useMay } from '../../api/permissions';
import { problemOf } from './problem-of';

/**
 * The teams the account is assigned to (every technician in one of them
 * sees it), and for an Admin the control to assign it to a team or take it back.
 */
export function AccountTeams({ accountNumber }: { accountNumber: string }) {
  const may = useMay();
  const canAssign = may('assign-accounts');
  const queryClient = useQueryClient();
  const assigned = useQuery(accountTeamsQueryOptions(accountNumber));
  const everyTeam = useQuery({ ...teamsQueryOptions(), enabled: canAssign && may('manage-staff') });
  const [chosen, setChosen] = useState('');
  const id = useId();
  const change = useMutation({
    mutationFn: ({ teamId, assign }: { teamId: string; assign: boolean }) =>
      setAccountTeam(accountNumber, teamId, assign),
    onSuccess: (list) => {
      queryClient.setQueryData(teamsKeys.account(accountNumber), list);
      setChosen('');
    },
    // The Team page's counts and the staff events changed with it.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamsKeys.list() }),
        queryClient.invalidateQueries({ queryKey: teamKeys.staffEvents }),
      ]),
  });
  const problem = problemOf(change.error, []).form;
  const current = assigned.data?.teams ?? [];
  const others = (everyTeam.data?.teams ?? []).filter((team) => !current.some((one) => one.id === team.id));
  // Nothing to show a role that cannot assign, on an account no team has.
  if (!canAssign && current.length === 0) return null;

  return (
    <section className="account-page__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Assigned teams</h2>
      {assigned.isError ? (
        <p className="muted">Assigned teams could not be loaded.</p>
      ) : !assigned.data ? (
        <p className="muted">Loading…</p>
      ) : current.length === 0 ? (
        <p className="muted">Not assigned to any team.</p>
      ) : (
        <ul className="assignee-list" aria-label="Assigned teams">
          {current.map((team) => (
            <li key={team.id}>
              <span className="assignee-list__name">{team.name}</span>
              {canAssign ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Unassign the team ${team.name}`}
                  disabled={change.isPending}
                  onClick={() => change.mutate({ teamId: team.id, assign: false })}
                >
                  Unassign
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAssign && others.length === 0 && current.length === 0 ? (
        <p className="muted">No teams yet: an Admin creates them on the Team page.</p>
      ) : null}
      {canAssign && others.length > 0 ? (
        <form
          className="assign-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) change.mutate({ teamId: chosen, assign: true });
          }}
        >
          <label htmlFor={`${id}-team`}>Assign to team</label>
          <select id={`${id}-team`} className="field__input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose a team…</option>
            {others.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!chosen || change.isPending}>
            Assign to team
          </button>
        </form>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem.title}
          {problem.detail ? ` ${problem.detail}` : ''}
        </p>
      ) : null}
    </section>
  );
}
