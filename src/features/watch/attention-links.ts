import type { AlertKind, Attention } from '../../api/activity-contract';

type Tone = 'danger' | 'warning' | 'info';

/** Where each count leads: the board (or list) that shows exactly those accounts. */
export type AttentionTarget =
  | { to: '/trials'; search: { endsWithin: 0 | 3 | 7 } }
  | { to: '/paid'; search: { overSeats: true } | { cancelling: true } }
  | { to: '/removed'; search?: undefined };

export interface AttentionLink {
  key: keyof Omit<Attention, 'asOf' | 'scope'>;
  /** What the count counts, after the number ("3 trials end today"). */
  label: (count: number) => string;
  tone: Tone;
  target: AttentionTarget;
}

const trials = (count: number) => (count === 1 ? 'trial ends' : 'trials end');

export const attentionLinks: readonly AttentionLink[] = [
  {
    key: 'trialsEndingToday',
    label: (n) => `${trials(n)} today`,
    tone: 'danger',
    target: { to: '/trials', search: { endsWithin: 0 } },
  },
  {
    key: 'trialsEndingIn3Days',
    label: (n) => `${trials(n)} within 3 days`,
    tone: 'warning',
    target: { to: '/trials', search: { endsWithin: 3 } },
  },
  {
    key: 'trialsEndingIn7Days',
    label: (n) => `${trials(n)} within 7 days`,
    tone: 'info',
    target: { to: '/trials', search: { endsWithin: 7 } },
  },
  {
    key: 'deletionsIn3Days',
    label: (n) => `removed ${n === 1 ? 'trial is' : 'trials are'} deleted within 3 days`,
    tone: 'danger',
    target: { to: '/removed' },
  },
  {
    key: 'overSeats',
    label: (n) => `paid ${n === 1 ? 'account is' : 'accounts are'} over their seats`,
    tone: 'warning',
    target: { to: '/paid', search: { overSeats: true } },
  },
  {
    key: 'cancellingThisPeriod',
    label: (n) => `${n === 1 ? 'cancellation takes' : 'cancellations take'} effect this period`,
    tone: 'info',
    target: { to: '/paid', search: { cancelling: true } },
  },
];

/** The board an alert of the digest leads to. */
export const alertTargets: Record<AlertKind, AttentionTarget> = {
  'trials-ending-today': { to: '/trials', search: { endsWithin: 0 } },
  'trials-ending-soon': { to: '/trials', search: { endsWithin: 3 } },
  'over-seats': { to: '/paid', search: { overSeats: true } },
  cancellations: { to: '/paid', search: { cancelling: true } },
  deletions: { to: '/removed' },
};

/**
 * What the strip and the digest say when every count is zero: a sentence
 * that names what was looked for, so an empty day reads as good news and
 * not as a panel that failed to fill.
 */
export const NOTHING_DUE =
  'Nothing needs attention today: no trial ends within 7 days, no paid account is over its seats, and no cancellation or deletion is due.';

/** True when none of the strip's counts has anything in it. */
export const nothingNeedsAttention = (attention: Attention) => attentionLinks.every(({ key }) => attention[key] === 0);
