import { useMutation, useQueryClient } from '@tanstack/react-query';
import { teamKeys } from '../../api/team';
import type { TeamBody } from '../../api/teams-contract';
import { createTeam, deleteTeam, renameTeam, setTeamMember, teamsKeys } from '../../api/teams';

/**
 * Every team change alters the teams (and, for a deletion, the teams an
 * account lists) and adds to the staff events: those are refetched, nothing else.
 */
function useTeamsMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamsKeys.all }),
        queryClient.invalidateQueries({ queryKey: teamKeys.staffEvents }),
      ]),
  });
}

export const useCreateTeam = () => useTeamsMutation((body: TeamBody) => createTeam(body));
export const useRenameTeam = () =>
  useTeamsMutation(({ id, name }: { id: string; name: string }) => renameTeam(id, { name }));
export const useDeleteTeam = () => useTeamsMutation((id: string) => deleteTeam(id));
export const useSetTeamMember = () =>
  useTeamsMutation(({ id, staffId, member }: { id: string; staffId: string; member: boolean }) =>
    setTeamMember(id, staffId, member),
  );
