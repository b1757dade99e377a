import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { accountKeys, createAccount } from '../../api/accounts';
import type { Account, CreateAccountBody } from '../../api/contract';

type Options = Omit<UseMutationOptions<Account, Error, CreateAccountBody>, 'mutationFn'>;

/**
 * A new account is a trial: it changes the Active Trials board and the
 * counts, nothing else. The mutation stays pending until both are fresh, so
 * the console never shows the new account missing from its board.
 */
export function useCreateAccount({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: createAccount,
    onSuccess: async (account, ...rest) => {
      queryClient.setQueryData(accountKeys.detail(account.accountNumber), account);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.board('trial') }),
        queryClient.invalidateQueries({ queryKey: accountKeys.summary() }),
      ]);
      await onSuccess?.(account, ...rest);
    },
  });
}
