import { describe, expect, it } from 'vitest';
import type { Account } from '../../api/contract';
import { accountFacts, trialEndBadge } from './account-facts';

describe('trialEndBadge', () => {
  it('escalates in words and colour as the end comes near', () => {
    expect([0, 1, 2, 3, 5, 7, 8, 30].map(trialEndBadge)).toEqual([
      { label: 'Ends today', tone: 'danger' },
      { label: 'Ends tomorrow', tone: 'danger' },
      { label: 'Ends in 2 days', tone: 'warning' },
      { label: 'Ends in 3 days', tone: 'warning' },
      { label: 'Ends in 5 days', tone: 'info' },
      { label: 'Ends in 7 days', tone: 'info' },
      { label: '8 days left', tone: 'neutral' },
      { label: '30 days left', tone: 'neutral' },
    ]);
  });

  it('is what a trial card shows, counted from the server’s today', () => {
    const trial = {
      accountNumber: 'AC-100001',
      organizationName: 'Harbor Dental',
      email: 'a@harbor.example',
      status: 'trial',
      createdAt: '2026-10-25T10:00:00.000Z',
      trialEndsAt: '2026-11-23',
      monitoredUsers: 4,
      seats: null,
      consoleUrl: '/demo-console/AC-100001',
      paidSince: null,
      periodStart: null,
      renewsOn: null,
      pendingSeats: null,
      cancelsOn: null,
      nextChargeCents: null,
      endedOn: null,
      deleteAfter: null,
    } satisfies Account;
    expect(accountFacts(trial, '2026-11-21').badge).toEqual({ label: 'Ends in 2 days', tone: 'warning' });
    expect(accountFacts(trial, '2026-11-23').badge).toEqual({ label: 'Ends today', tone: 'danger' });
  });
});
