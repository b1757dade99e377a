import { useMutation } from '@tanstack/react-query';
import { exportAccount } from '../../api/accounts';
import type { Account } from '../../api/contract';
import { actionLabels } from '../../domain/lifecycle/allowed-actions';
import { useActionNotice } from '../../stores/action-notice-store';

/** Hands the browser a JSON file without a round trip through a URL the server would have to sign. */
function saveJson(fileName: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the account's data as a file; a failure is told in the action notice. */
export function useDownloadData(account: Account) {
  const showNotice = useActionNotice((state) => state.show);
  return useMutation({
    mutationFn: () => exportAccount(account.accountNumber),
    onSuccess: (data) => saveJson(`${account.accountNumber}-data.json`, data),
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
