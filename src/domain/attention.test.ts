import { describe, expect, it } from 'vitest';
import { attentionCounts, type AttentionAccount } from './attention';

const base: AttentionAccount = {
  plan: 'trial',
  trialEndsAt: null,
  monitoredUsers: 0,
  seats: null,
  cancelsOn: null,
  deleteAfter: null,
};
const today = '2026-11-21';

describe('attentionCounts', () => {
  it('counts trials ending today, within 3 and within 7 days cumulatively, and not those already over', () => {
    const trials = ['2026-11-20', '2026-11-21', '2026-11-24', '2026-11-25', '2026-11-28', '2026-11-29'].map(
      (trialEndsAt) => ({ ...base, trialEndsAt }),
    );
    expect(attentionCounts(trials, today)).toMatchObject({
      trialsEndingToday: 1,
      trialsEndingIn3Days: 2,
      trialsEndingIn7Days: 4,
    });
  });

  it('counts paid accounts over their seats and cancelling, and removed trials deleted within 3 days', () => {
    const counts = attentionCounts(
      [
        { ...base, plan: 'paid', seats: 5, monitoredUsers: 6 },
        { ...base, plan: 'paid', seats: 5, monitoredUsers: 5, cancelsOn: '2026-12-01' },
        { ...base, plan: 'removed', deleteAfter: '2026-11-24' },
        { ...base, plan: 'removed', deleteAfter: '2026-11-25' },
        { ...base, plan: 'cancelled', deleteAfter: '2026-11-22' },
      ],
      today,
    );
    expect(counts).toEqual({
      trialsEndingToday: 0,
      trialsEndingIn3Days: 0,
      trialsEndingIn7Days: 0,
      deletionsIn3Days: 1,
      overSeats: 1,
      cancellingThisPeriod: 1,
    });
  });
});
