import type { HistoryEntry } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { addDays, type IsoDay } from '../../domain/calendar';
import { formatCount, formatDay, formatMoney, plural } from '../../components/format';

/** What a sentence is written from: the entry's action and structured fields, never its server-written summary. */
export type HistoryFacts = Pick<HistoryEntry, 'action' | 'before' | 'after' | 'chargeCents'>;

/** Reads one side's fields, typed, tolerating entries stored before a field existed. */
class Side {
  constructor(private readonly fields: Record<string, unknown> | null) {}
  day(key: string): IsoDay | null {
    const value = this.fields?.[key];
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, 10)) ? value.slice(0, 10) : null;
  }
  count(key: string): number | null {
    const value = this.fields?.[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  text(key: string): string | null {
    const value = this.fields?.[key];
    return typeof value === 'string' ? value : null;
  }
}

interface Facts {
  before: Side;
  after: Side;
  chargeCents: number | null;
}

const seats = (count: number) => plural(count, 'seat', 'seats');
const freemium = `now on Freemium (${formatCount(accountRules.freemiumUserLimit)} users)`;
const statusNames: Record<string, string> = {
  trial: 'an active trial',
  expired: 'an expired trial on Freemium',
  paid: 'a paid subscription',
  cancelled: 'a cancelled subscription',
  removed: 'a removed trial',
};

/** "from 20 to 15 seats", or "to 15 seats" when the old count is not known. */
function seatMove(from: number | null, to: number | null): string {
  if (to === null) return '';
  return from === null ? ` to ${seats(to)}` : ` from ${formatCount(from)} to ${seats(to)}`;
}

/**
 * One writer per action. A new action (the roles and staff branches add
 * some) is one line here; an action not listed falls back to its name and
 * its labelled changes. Writers read before/after by field, and handle
 * entries stored before a field was added (older renewals had no seats).
 */
export const historySentences: Record<string, (facts: Facts) => string> = {
  created: ({ after }) => {
    const end = after.day('trialEndsAt');
    return end ? `Added as a trial ending ${formatDay(end)}` : 'Added as a trial';
  },
  upgraded: ({ before, after, chargeCents }) => {
    const from = before.text('status') === 'expired' ? ' from Freemium' : '';
    const renews = after.day('renewsOn');
    const count = after.count('seats');
    return (
      `Upgraded${from} to paid${count === null ? '' : ` with ${seats(count)}`}` +
      (chargeCents === null ? '' : `; first month charged ${formatMoney(chargeCents)}`) +
      (renews ? `; renews on ${formatDay(renews)}` : '')
    );
  },
  'trial-extended': ({ before, after }) => {
    const days = after.count('extendedByDays');
    const end = after.day('trialEndsAt');
    const was = before.day('trialEndsAt');
    const by = days === null ? '' : ` by ${plural(days, 'day', 'days')}`;
    if (!end) return `Trial extended${by}`;
    return `Trial extended${by}: last day ${formatDay(end)}${was ? `, was ${formatDay(was)}` : ''}`;
  },
  'trial-ended': ({ before }) => {
    const was = before.day('trialEndsAt');
    return `Trial ended early${was ? ` (its last day was to be ${formatDay(was)})` : ''}; ${freemium}`;
  },
  'trial-expired': ({ before }) => {
    const last = before.day('trialEndsAt');
    return `Trial ended${last ? ` after its last day, ${formatDay(last)}` : ''}; ${freemium}`;
  },
  cancelled: ({ before, after }) => {
    const from = after.day('cancelsOn');
    const pending = before.count('pendingSeats');
    const withdrawn = pending === null ? '' : `; the pending change to ${seats(pending)} is withdrawn`;
    if (!from) return `Subscription cancelled${withdrawn}`;
    return `Subscription cancelled: paid until ${formatDay(addDays(from, -1))}, cancelled from ${formatDay(from)}${withdrawn}`;
  },
  resumed: ({ before }) => {
    const was = before.day('cancelsOn');
    return `Subscription resumed${was ? `: no longer cancelled from ${formatDay(was)}` : ''}`;
  },
  removed: ({ after }) => {
    const end = after.day('deleteAfter');
    return `Removed from the boards${end ? `; deleted for good on ${formatDay(end)} unless restored` : ''}`;
  },
  restored: ({ after }) => {
    const status = after.text('status');
    return `Restored from removed accounts${status && statusNames[status] ? `, as ${statusNames[status]}` : ''}`;
  },
  'subscription-ended': ({ after }) => {
    const end = after.day('deleteAfter');
    return `Cancellation took effect; no longer billed${end ? `; deleted for good on ${formatDay(end)}` : ''}`;
  },
  deleted: () => 'Deleted for good after the retention period',
  renewed: ({ before, after, chargeCents }) => {
    const start = after.day('periodStart');
    const next = after.day('renewsOn');
    const count = after.count('seats') ?? before.count('seats');
    const period = start && next ? ` for ${formatDay(start)} to ${formatDay(addDays(next, -1))}` : '';
    const charged = [count === null ? null : seats(count), chargeCents === null ? null : formatMoney(chargeCents)]
      .filter(Boolean)
      .join(', ');
    return `Renewed${period}${charged ? `: ${charged}` : ''}${next ? `; next renewal ${formatDay(next)}` : ''}`;
  },
  'seats-added': ({ before, after, chargeCents }) =>
    `Seats raised${seatMove(before.count('seats'), after.count('seats'))} at once` +
    (chargeCents === null ? '' : `; ${formatMoney(chargeCents)} charged for the rest of the period`),
  'seats-decrease-scheduled': ({ before, after }) => {
    const on = after.day('renewsOn');
    const when = on ? `on ${formatDay(on)}` : 'at the next renewal';
    return `Seats to go down${seatMove(before.count('seats'), after.count('pendingSeats'))} ${when}`;
  },
  'seats-decreased': ({ before, after }) =>
    `Seats lowered${seatMove(before.count('seats'), after.count('seats'))}, as scheduled`,
  'seats-decrease-withdrawn': ({ before }) => {
    const pending = before.count('pendingSeats');
    const kept = before.count('seats');
    return (
      `Pending change${pending === null ? '' : ` to ${seats(pending)}`} withdrawn` +
      (kept === null ? '' : `; stays at ${seats(kept)}`)
    );
  },
};

const labels: Record<string, string> = {
  status: 'Status',
  seats: 'Seats',
  pendingSeats: 'Pending seats',
  trialEndsAt: 'Trial’s last day',
  periodStart: 'Period start',
  renewsOn: 'Renews on',
  cancelsOn: 'Cancelled from',
  deleteAfter: 'Deleted for good on',
  monitoredUsers: 'Monitored users',
};

function labelOf(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return labels[key] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

function valueOf(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'number') return formatCount(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** For an action no writer knows: its name, then each field it moved, labelled, old and new. */
function fallback({ action, before, after }: HistoryFacts): string {
  const name = action.replace(/[-_]+/g, ' ');
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]),
  );
  const moves = keys.map((key) => `${labelOf(key)} ${valueOf(before?.[key])} → ${valueOf(after?.[key])}`);
  return [name.charAt(0).toUpperCase() + name.slice(1), ...moves].join('; ');
}

/** A history entry as the reader reads it: one sentence, with days and money in the reader's locale. */
export function historySentence(entry: HistoryFacts): string {
  const write = Object.hasOwn(historySentences, entry.action) ? historySentences[entry.action] : undefined;
  if (!write) return fallback(entry);
  return write({ before: new Side(entry.before), after: new Side(entry.after), chargeCents: entry.chargeCents });
}
