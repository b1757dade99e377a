import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { sessionKeys } from '../../api/session';
import { changeRole, deactivateStaff, inviteStaff, revokeInvite, teamKeys } from '../../api/team';
import type { InviteBody } from '../../api/team-contract';
import type { Role } from '../../domain/permissions';

/** Every Team change alters the list and adds to the staff events; both are refetched, and what `also` names. */
function useTeamMutation<A, R>(mutationFn: (args: A) => Promise<R>, also: QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all(
        [teamKeys.team, teamKeys.staffEvents, ...also].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}

export const useInviteStaff = () => useTeamMutation((body: InviteBody) => inviteStaff(body));
export const useRevokeInvite = () => useTeamMutation((id: string) => revokeInvite(id));
// A new role holds at once and keeps its staff member signed in: one's own changes what this console may show.
export const useChangeRole = () =>
  useTeamMutation(({ id, role }: { id: string; role: Role }) => changeRole(id, role), [sessionKeys.current]);
export const useDeactivateStaff = () => useTeamMutation((id: string) => deactivateStaff(id));
