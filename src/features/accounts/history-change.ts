import { formatCount, formatDay, formatMoney } from '../../components/format';

const labels: Record<string, string> = {
  status: 'Status',
  seats: 'Seats',
  pendingSeats: 'Pending seats',
  trialEndsAt: 'Trial ends',
  renewsOn: 'Renews on',
  cancelsOn: 'Cancels on',
  deleteAfter: 'Deleted on',
  monitoredUsers: 'Monitored users',
};

function show(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return key.endsWith('Cents') ? formatMoney(value) : formatCount(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDay(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A history entry's before and after, as "Seats: 20 → 15" lines; keys that did not move are left out. */
export function describeChange(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .map((key) => `${labels[key] ?? key}: ${show(key, before?.[key])} → ${show(key, after?.[key])}`);
}
