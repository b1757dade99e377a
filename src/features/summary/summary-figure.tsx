import { useId, type ReactNode } from 'react';
import { Skeleton } from '../../components/skeleton';
import { LastKnown } from './last-known';
import './summary.css';

interface SummaryFigureProps {
  label: string;
  /** What the figure counts, on hover. */
  title: string;
  testId: string;
  /** The formatted figure; undefined while it loads. */
  value: string | undefined;
  /** The connection is cut off: the figure is the last one known, and says so. */
  stale: boolean;
  /** About as wide as the figure will be, so the header does not jump when it arrives. */
  loadingWidth: string;
  /** Shown instead of the skeleton when the figure could not be loaded. */
  failed?: ReactNode;
}

/** One headline figure of the top bar: its label, which names it, and the figure, loading, stale or failed. */
export function SummaryFigure({ label, title, testId, value, stale, loadingWidth, failed }: SummaryFigureProps) {
  const labelId = useId();
  return (
    <div className={`active-users${stale ? ' active-users--stale' : ''}`} title={title}>
      <span className="active-users__label" id={labelId}>
        {label}
      </span>
      {value !== undefined ? (
        <span className="active-users__value numeric" data-testid={testId} aria-describedby={labelId}>
          {value}
          {stale ? <LastKnown /> : null}
        </span>
      ) : (
        (failed ?? (
          <span className="active-users__value">
            <Skeleton width={loadingWidth} height="1.25rem" />
            <span className="visually-hidden">Loading</span>
          </span>
        ))
      )}
    </div>
  );
}
