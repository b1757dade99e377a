import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { accountKeys, createAccount } from '../../api/accounts';
import { isOutcomeUnknown } from '../../api/client';
import type { Account, CreateAccountBody } from '../../api/contract';

type Options = Omit<UseMutationOptions<Account, Error, CreateAccountBody>, 'mutationFn'>;

/**
 * A new account is a trial: it changes the Active Trials board and the
 * counts, nothing else. The mutation stays pending until both are fresh, so
 * the console never shows the new account missing from its board.
 */
export function useCreateAccount({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  const refetchTouched = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountKeys.board('trial') }),
      queryClient.invalidateQueries({ queryKey: accountKeys.summary() }),
    ]);
  return useMutation({
    ...options,
    mutationFn: createAccount,
    // No answer: the account may exist now, so the board and counts are fetched again either way.
    onError: async (error, ...rest) => {
      if (isOutcomeUnknown(error)) await refetchTouched();
      await onError?.(error, ...rest);
    },
    onSuccess: async (account, ...rest) => {
      queryClient.setQueryData(accountKeys.detail(account.accountNumber), account);
      await refetchTouched();
      await onSuccess?.(account, ...rest);
    },
  });
}
