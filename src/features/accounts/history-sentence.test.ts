import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney } from '../../components/format';
import {
  cancel,
  endTrial,
  extendTrial,
  remove,
  restore,
  resume,
  upgrade,
} from '../../domain/lifecycle/lifecycle-rules';
import { changeSeats, withdrawPendingSeats } from '../../domain/lifecycle/seat-rules';
import { settle, trialRanOut } from '../../domain/lifecycle/settle';
import { paidAccount, trialAccount } from '../../domain/lifecycle/test-accounts';
import type { Change, RuleResult } from '../../domain/lifecycle/account-state';
import { historySentence, historySentences } from './history-sentence';

const d = formatDay;

function only(result: RuleResult): Change {
  if (!result.ok) throw new Error(result.refusal.message);
  expect(result.changes).toHaveLength(1);
  return result.changes[0]!;
}

/** The sentence of a change as the rules record it: the console reads its fields, never its summary. */
function sentenceOf(change: Change): string {
  return historySentence(change);
}

describe('the sentence of each history action, written from its fields', () => {
  it('covers every action the rules record', () => {
    for (const action of [
      'created',
      'upgraded',
      'trial-extended',
      'trial-ended',
      'trial-expired',
      'cancelled',
      'resumed',
      'removed',
      'restored',
      'subscription-ended',
      'deleted',
      'renewed',
      'seats-added',
      'seats-decrease-scheduled',
      'seats-decreased',
      'seats-decrease-withdrawn',
    ])
      expect(historySentences).toHaveProperty(action);
  });

  it('writes a renewal with both days of its period, its seats and charge, and the next renewal', () => {
    const paid = paidAccount({ seats: 20 });
    const [renewal] = settle(paid, paid.renewsOn!).changes;
    const text = sentenceOf(renewal!);
    expect(text).toBe(
      `Renewed for ${d('2026-11-30')} to ${d('2026-12-30')}: 20 seats, ${formatMoney(20_000)}; next renewal ${d('2026-12-31')}`,
    );
    expect(text).not.toMatch(/periodStart|—|\d{4}-\d{2}-\d{2}/);
  });

  it('reads a renewal stored before it kept seats and the old period (older rows)', () => {
    const text = historySentence({
      action: 'renewed',
      before: { periodStart: '2026-11-03' },
      after: { periodStart: '2026-12-03', renewsOn: '2027-01-03' },
      chargeCents: 5_000,
    });
    expect(text).toBe(
      `Renewed for ${d('2026-12-03')} to ${d('2027-01-02')}: ${formatMoney(5_000)}; next renewal ${d('2027-01-03')}`,
    );
  });

  it('writes the trial changes with their days', () => {
    const trial = trialAccount({ trialEndsAt: '2026-12-21' });
    expect(sentenceOf(only(extendTrial(trial, 14, '2026-12-01')))).toBe(
      `Trial extended by 14 days: last day ${d('2027-01-04')}, was ${d('2026-12-21')}`,
    );
    expect(sentenceOf(only(endTrial(trial, '2026-12-01')))).toBe(
      `Trial ended early (its last day was to be ${d('2026-12-21')}); now on Freemium (3 users)`,
    );
    expect(sentenceOf(trialRanOut(trial, '2026-12-22')!)).toBe(
      `Trial ended after its last day, ${d('2026-12-21')}; now on Freemium (3 users)`,
    );
    // As stored before the trial's last day was kept with it.
    expect(
      historySentence({
        action: 'trial-expired',
        before: { status: 'trial' },
        after: { status: 'expired' },
        chargeCents: null,
      }),
    ).toBe('Trial ended; now on Freemium (3 users)');
    expect(
      historySentence({
        action: 'created',
        before: null,
        after: { status: 'trial', trialEndsAt: '2026-12-21' },
        chargeCents: null,
      }),
    ).toBe(`Added as a trial ending ${d('2026-12-21')}`);
  });

  it('writes an upgrade with its seats, first charge and renewal day', () => {
    const trial = trialAccount({ trialEndsAt: '2026-12-21', monitoredUsers: 3 });
    expect(sentenceOf(only(upgrade(trial, 5, '2026-12-01')))).toBe(
      `Upgraded to paid with 5 seats; first month charged ${formatMoney(5_000)}; renews on ${d('2027-01-01')}`,
    );
    expect(sentenceOf(only(upgrade(trial, 5, '2026-12-25')))).toMatch(/^Upgraded from Freemium to paid/);
  });

  it('writes seat changes with the old and new counts and the day a decrease applies', () => {
    const paid = paidAccount({ seats: 20, monitoredUsers: 10 });
    expect(sentenceOf(only(changeSeats(paid, 25, '2026-11-15')))).toMatch(
      /^Seats raised from 20 to 25 seats at once; .+ charged for the rest of the period$/,
    );
    const scheduled = only(changeSeats(paid, 15, '2026-11-15'));
    expect(sentenceOf(scheduled)).toBe(`Seats to go down from 20 to 15 seats on ${d('2026-11-30')}`);
    const pending = paidAccount({ seats: 20, pendingSeats: 15, monitoredUsers: 10 });
    expect(sentenceOf(only(withdrawPendingSeats(pending, '2026-11-15')))).toBe(
      'Pending change to 15 seats withdrawn; stays at 20 seats',
    );
    expect(sentenceOf(settle(pending, '2026-11-30').changes[0]!)).toBe(
      'Seats lowered from 20 to 15 seats, as scheduled',
    );
  });

  it('writes cancel, resume, the end of a subscription, removal, restoring and deletion', () => {
    const pending = paidAccount({ seats: 20, pendingSeats: 15, monitoredUsers: 10 });
    const cancelled = cancel(pending, '2026-11-15');
    expect(sentenceOf(only(cancelled))).toBe(
      `Subscription cancelled: paid until ${d('2026-11-29')}, cancelled from ${d('2026-11-30')}; the pending change to 15 seats is withdrawn`,
    );
    if (!cancelled.ok) throw new Error('cancel refused');
    expect(sentenceOf(only(resume(cancelled.state, '2026-11-16')))).toBe(
      `Subscription resumed: no longer cancelled from ${d('2026-11-30')}`,
    );
    const ended = settle(cancelled.state, '2026-12-20');
    expect(ended.changes.map(sentenceOf)).toEqual([
      `Cancellation took effect; no longer billed; deleted for good on ${d('2026-12-14')}`,
      'Deleted for good after the retention period',
    ]);
    const expired = trialAccount({ trialEndsAt: '2026-11-01' });
    const removed = remove(expired, '2026-11-10');
    expect(sentenceOf(only(removed))).toBe(
      `Removed from the boards; deleted for good on ${d('2026-11-24')} unless restored`,
    );
    if (!removed.ok) throw new Error('remove refused');
    expect(sentenceOf(only(restore(removed.state, '2026-11-11')))).toBe(
      'Restored from removed accounts, as an expired trial on Freemium',
    );
  });

  it('writes an action it has no writer for from its name and labelled fields, old and new', () => {
    expect(
      historySentence({
        action: 'role-changed',
        before: { role: 'viewer', renewsOn: null },
        after: { role: 'admin', renewsOn: '2027-01-03' },
        chargeCents: null,
      }),
    ).toBe(`Role changed; Role viewer → admin; Renews on none → ${d('2027-01-03')}`);
  });
});
