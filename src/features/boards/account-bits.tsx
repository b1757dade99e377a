import type { Tone } from './account-facts';

export function StatusBadge({ label, tone }: { label: string; tone: Tone }) {
  return <span className={`badge badge--${tone}`}>{label}</span>;
}

/** Opens the customer's own console, already signed in, in a new tab. */
export function OpenAccountLink({ href }: { href: string }) {
  return (
    <a className="button button--small" href={href} target="_blank" rel="noreferrer">
      Open account
    </a>
  );
}

export function SeatMeter({ used, seats }: { used: number; seats: number }) {
  const ratio = seats === 0 ? (used > 0 ? 1 : 0) : Math.min(used / seats, 1);
  return (
    <div className="seat-meter" data-over={used > seats ? 'true' : undefined} aria-hidden="true">
      <span className="seat-meter__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
    </div>
  );
}
