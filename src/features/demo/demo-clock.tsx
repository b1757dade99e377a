import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  accountKeys,
  activityKeys,
  advanceDemoClock,
  demoKeys,
  endedKeys,
  summaryQueryOptions,
} from '../../api/accounts';
import { formatDay } from '../../components/format';

/**
 * Moves the mock's clock forward, so a demo can watch trials run out, seat
 * decreases apply, cancellations take effect and removed accounts go.
 */
const steps = [
  { days: 1, label: '+1 day', name: '1 day' },
  { days: 7, label: '+1 week', name: '1 week' },
] as const;

export function DemoClock() {
  const queryClient = useQueryClient();
  const summary = useQuery(summaryQueryOptions());
  const advance = useMutation({
    mutationFn: advanceDemoClock,
    // The whole world moved: every account, list, figure and history may have changed, so all of them
    // refetch. Invalidated rather than reset: the page keeps showing the old day until the new one is in,
    // instead of dropping back to skeletons, and the buttons stay busy until it is.
    onSuccess: () =>
      Promise.all(
        [accountKeys.all, activityKeys.all, endedKeys.all, demoKeys.settings].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
  return (
    <div className="demo-clock" role="group" aria-label="Demo clock">
      <span className="demo-clock__date numeric" aria-live="polite">
        <span className="muted">Demo date </span>
        {summary.data ? formatDay(summary.data.asOf) : '…'}
      </span>
      {steps.map(({ days, label, name }) => (
        <button
          key={days}
          type="button"
          className="button button--small"
          aria-label={`Advance demo clock by ${name}`}
          disabled={advance.isPending}
          onClick={() => advance.mutate(days)}
        >
          {label}
        </button>
      ))}
      {advance.isError ? (
        <span role="alert" className="demo-clock__error">
          {advance.error.message}
        </span>
      ) : null}
    </div>
  );
}
