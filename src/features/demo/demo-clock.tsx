import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
  const [progress, setProgress] = useState<{ day: number; days: number } | null>(null);
  const advance = useMutation({
    // A day at a time, each settled (renewals, deletions) by reading the summary before the next: the date
    // moves on screen as it goes, and no single step holds the page for the whole week at a large fleet.
    mutationFn: async (days: number) => {
      for (let day = 1; day <= days; day += 1) {
        setProgress({ day, days });
        await advanceDemoClock(1);
        await queryClient.fetchQuery({ ...summaryQueryOptions(), staleTime: 0 });
      }
    },
    onSettled: () => setProgress(null),
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
      {progress && progress.days > 1 ? (
        <span className="muted demo-clock__progress" role="status">
          Day {progress.day} of {progress.days}
        </span>
      ) : null}
      {advance.isError ? (
        <span role="alert" className="demo-clock__error">
          {advance.error.message}
        </span>
      ) : null}
    </div>
  );
}
