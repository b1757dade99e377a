import { useMutation } from '@tanstack/react-query';
import { exportAccount } from '../../api/accounts';
import type { Account } from '../../api/contract';
import { actionLabels } from '../../domain/lifecycle/allowed-actions';
import { saveFile } from '../../components/save-file';
import { useActionNotice } from '../../stores/action-notice-store';

/** Downloads the account's data as a file; a failure is told in the action notice. */
export function useDownloadData(account: Account) {
  const showNotice = useActionNotice((state) => state.show);
  return useMutation({
    mutationFn: () => exportAccount(account.accountNumber),
    onSuccess: (data) =>
      saveFile(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
        `${account.accountNumber}-data.json`,
      ),
    onError: (error) => showNotice(`Could not download the data of ${account.organizationName}: ${error.message}`),
  });
}

/** "Download data": the account's facts and whole history, as the customer's to keep. */
export function DownloadDataButton({ account, small }: { account: Account; small?: boolean }) {
  const download = useDownloadData(account);
  return (
    <button
      type="button"
      className={`button${small ? ' button--small' : ''}`}
      aria-busy={download.isPending}
      disabled={download.isPending}
      onClick={() => download.mutate()}
    >
      {download.isPending ? <span className="spinner" aria-hidden="true" /> : null}
      {actionLabels.download}
    </button>
  );
}
