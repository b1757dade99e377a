import { useMutation } from '@tanstack/react-query';
import { downloadActivity } from '../../api/activity';
import type { ActivityFilters } from '../../api/activity-contract';
import { saveFile } from '../../components/save-file';
import { useActionNotice } from '../../stores/action-notice-store';

function fileNameOf({ from, to, account, action }: ActivityFilters): string {
  const parts = ['activity', account, action, from && `from-${from}`, to && `to-${to}`].filter(Boolean);
  return `${parts.join('-')}.csv`;
}

/**
 * "Export CSV": the filtered Activity, as the server writes it (every page,
 * not what is loaded). Fetched rather than linked: in the demo the API lives
 * behind MSW's service worker, which a download link's navigation bypasses.
 */
export function ActivityExportButton({ filters }: { filters: ActivityFilters }) {
  const showNotice = useActionNotice((state) => state.show);
  const download = useMutation({
    mutationFn: () => downloadActivity(filters),
    onSuccess: (blob) => saveFile(blob, fileNameOf(filters)),
    onError: (error) => showNotice(`Could not export the activity: ${error.message}`),
  });
  return (
    <button
      type="button"
      className="button"
      aria-busy={download.isPending}
      disabled={download.isPending}
      onClick={() => download.mutate()}
    >
      {download.isPending ? <span className="spinner" aria-hidden="true" /> : null}
      Export CSV
    </button>
  );
}
