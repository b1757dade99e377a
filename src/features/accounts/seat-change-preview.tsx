import type { SeatChangePreview } from '../../api/contract';
import { formatDay, formatMoney, plural } from '../../components/format';

/** What a seat change will do, as the API computed it: the charge now, or the pending decrease. */
export function SeatChangePreviewText({ preview, stale }: { preview: SeatChangePreview; stale: boolean }) {
  return (
    <dl className="action-preview" data-stale={stale ? 'true' : undefined}>
      {preview.effective === 'now' ? (
        <div>
          <dt>Charged now</dt>
          <dd className="numeric">
            {formatMoney(preview.chargeCents)}{' '}
            <span className="muted">
              ({formatDaysLeft(preview.daysLeft, preview.daysInPeriod)} left in this period)
            </span>
          </dd>
        </div>
      ) : preview.effective === 'next-period' ? (
        <div>
          <dt>From {formatDay(preview.effectiveOn)}</dt>
          <dd className="numeric">{plural(preview.newSeats, 'seat', 'seats')}. No refund.</dd>
        </div>
      ) : (
        <div>
          <dt>No change</dt>
          <dd className="numeric">It already has {plural(preview.newSeats, 'seat', 'seats')}.</dd>
        </div>
      )}
      <div>
        <dt>Next charge</dt>
        <dd className="numeric">{formatMoney(preview.nextPeriodChargeCents)}</dd>
      </div>
    </dl>
  );
}

function formatDaysLeft(daysLeft: number, daysInPeriod: number): string {
  return `${daysLeft} of ${plural(daysInPeriod, 'day', 'days')}`;
}
