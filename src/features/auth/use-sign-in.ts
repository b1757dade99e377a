import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys, signIn, signOut } from '../../api/session';
import type { SignInBody } from '../../api/session-contract';

/** Signs in; what the cache held belonged to whoever was signed in before, so it goes. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => signIn(body),
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKeys.current, session);
    },
  });
}

/** Ends the session on the server, then forgets everything it showed. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => queryClient.clear(),
  });
}
