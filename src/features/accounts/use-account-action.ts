import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountActions, accountKeys } from '../../api/accounts';
import { isOutcomeUnknown } from '../../api/client';
import type { Account, ActionResult, Summary } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { useActionNotice } from '../../stores/action-notice-store';
import { keysAnActionCouldChange, keysChangedBy, patchAhead, rollBack, type Snapshot } from './account-cache';
import { actionOutcome } from './action-outcome';
import { optimisticPatch } from './optimistic-patch';

export type ActionRequest =
  | { action: 'upgrade'; seats: number }
  | { action: 'extendTrial'; days: number }
  | { action: 'changeSeats'; seats: number }
  | { action: 'endTrial' | 'withdrawPendingSeats' | 'cancel' | 'resume' | 'remove' | 'restore' };

function send(accountNumber: string, request: ActionRequest): Promise<ActionResult> {
  switch (request.action) {
    case 'upgrade':
    case 'changeSeats':
      return accountActions[request.action](accountNumber, request.seats);
    case 'extendTrial':
      return accountActions.extendTrial(accountNumber, request.days);
    default:
      return accountActions[request.action](accountNumber);
  }
}

const failureVerbs: Partial<Record<ActionRequest['action'], string>> = {
  cancel: 'cancel the subscription',
  resume: 'resume the subscription',
  withdrawPendingSeats: 'withdraw the pending seat change',
};

/**
 * Every lifecycle action goes through here. On success the account as the
 * server now has it goes into its page's cache, and exactly the lists and
 * figures the move touched are refetched. Cancel, resume and withdraw are
 * shown at once; if the server refuses, the change is put back and the
 * shell says why. When no answer comes back, the change may or may not have
 * been made: the console says it could not be confirmed and reloads what the
 * action could have touched, so the screen shows where the account stands.
 */
export function useAccountAction(account: Account) {
  const queryClient = useQueryClient();
  const showNotice = useActionNotice((state) => state.show);
  return useMutation<ActionResult, Error, ActionRequest, { snapshot: Snapshot | null }>({
    mutationKey: ['account-action', account.accountNumber],
    mutationFn: (request) => send(account.accountNumber, request),
    onMutate: async (request) => {
      const price =
        queryClient.getQueryData<Summary>(accountKeys.summary())?.pricePerSeatCents || accountRules.pricePerSeatCents;
      const patched = optimisticPatch(request.action, account, price);
      return { snapshot: patched ? await patchAhead(queryClient, account, patched) : null };
    },
    onError: async (error, request, context) => {
      const unknown = isOutcomeUnknown(error);
      if (context?.snapshot) {
        rollBack(queryClient, context.snapshot);
        const verb = failureVerbs[request.action] ?? 'apply the change';
        showNotice(
          unknown
            ? `Could not confirm whether the console could ${verb} for ${account.organizationName}: ${error.message} ` +
                'The account is being reloaded to show where it stands.'
            : `Could not ${verb} for ${account.organizationName}: ${error.message} The change was undone.`,
        );
      }
      if (unknown)
        await Promise.all(
          keysAnActionCouldChange(account).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        );
    },
    onSuccess: async (result, request) => {
      const updated = result.account;
      queryClient.setQueryData(accountKeys.detail(updated.accountNumber), updated);
      showNotice(actionOutcome(request, result), 'success');
      // The mutation stays pending until the lists are fresh, so no board shows the account in its old place.
      await Promise.all(
        keysChangedBy(account.status, updated).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
