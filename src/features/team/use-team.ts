import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeRole, deactivateStaff, inviteStaff, revokeInvite, teamKeys } from '../../api/team';
import type { InviteBody } from '../../api/team-contract';
import type { Role } from '../../domain/permissions';

/** Every Team change alters the list and adds to the staff events; both are refetched, nothing else. */
function useTeamMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.team }),
        queryClient.invalidateQueries({ queryKey: teamKeys.staffEvents }),
      ]),
  });
}

export const useInviteStaff = () => useTeamMutation((body: InviteBody) => inviteStaff(body));
export const useRevokeInvite = () => useTeamMutation((id: string) => revokeInvite(id));
export const useChangeRole = () => useTeamMutation(({ id, role }: { id: string; role: Role }) => changeRole(id, role));
export const useDeactivateStaff = () => useTeamMutation((id: string) => deactivateStaff(id));
