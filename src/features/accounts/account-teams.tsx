import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { teamKeys } from '../../api/team';
import { accountTeamsQueryOptions, setAccountTeam, teamsKeys, teamsQueryOptions } from '../../api/teams';
import { useMay } from '../../api/permissions';
import { AssigneeSection } from './assignee-section';
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
  const change = useMutation({
    mutationFn: ({ teamId, assign }: { teamId: string; assign: boolean }) =>
      setAccountTeam(accountNumber, teamId, assign),
    onSuccess: (list) => queryClient.setQueryData(teamsKeys.account(accountNumber), list),
    // The Team page's counts and the staff events changed with it.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamsKeys.list() }),
        queryClient.invalidateQueries({ queryKey: teamKeys.staffEvents }),
      ]),
  });
  const current = assigned.data?.teams;
  const others = (everyTeam.data?.teams ?? []).filter((team) => !current?.some((one) => one.id === team.id));
  // Nothing to show a role that cannot assign, on an account no team has.
  if (!canAssign && (current ?? []).length === 0) return null;

  return (
    <AssigneeSection
      title="Assigned teams"
      current={current}
      loadFailed={assigned.isError}
      emptyText="Not assigned to any team."
      options={others.map((team) => ({ id: team.id, label: team.name }))}
      canAssign={canAssign}
      offerPicker={others.length > 0}
      noPickerText={
        (current ?? []).length === 0 ? (
          <p className="muted">No teams yet: an Admin creates them on the Team page.</p>
        ) : null
      }
      pickerLabel="Assign to team"
      placeholder="Choose a team…"
      assignLabel="Assign to team"
      unassignLabel={(team) => `Unassign the team ${team.name}`}
      pending={change.isPending}
      problem={problemOf(change.error, []).form}
      onChange={(teamId, assign, done) => change.mutate({ teamId, assign }, { onSuccess: done })}
    />
  );
}
