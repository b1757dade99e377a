import { describe, expect, it } from 'vitest';
import { accountSchema, type Account } from '../../api/contract';
import { accountFacts, trialEndBadge } from './account-facts';

function account(overrides: Partial<Account>): Account {
  return accountSchema.parse({
    accountNumber: 'AC-100001',
    organizationName: 'Contoso Ltd',
    email: 'admin@contoso.example',
    status: 'trial',
    createdAt: '2026-11-22T09:00:00.000Z',
    trialEndsAt: '2026-12-21',
    monitoredUsers: 5,
    seats: null,
    consoleUrl: '/console/AC-100001',
    ...overrides,
  });
}

describe('what a card says about a trial', () => {
  it('counts 30 days left on the day a 30-day trial starts, and "Ends today" on its last', () => {
    expect(accountFacts(account({}), '2026-11-22').badge.label).toBe('30 days left');
    expect(accountFacts(account({}), '2026-12-20').badge.label).toBe('Ends tomorrow');
    expect(accountFacts(account({}), '2026-12-21').badge.label).toBe('Ends today');
  });

  it('says the days left in the badge alone, beside the day the trial ends', () => {
    expect(accountFacts(account({}), '2026-12-19').facts).toEqual([{ term: 'Trial ends', value: 'Dec 21, 2026' }]);
  });

  it('dates an expired trial by the day it ended, which is today for a trial ended today', () => {
    const facts = accountFacts(account({ status: 'expired', trialEndsAt: '2026-11-21' }), '2026-11-22').facts;
    expect(facts).toContainEqual({ term: 'On Freemium since', value: 'Nov 22, 2026' });
  });

  it('says once what Freemium monitors and what it does not', () => {
    const expired = accountFacts(account({ status: 'expired', trialEndsAt: '2026-11-21' }), '2026-11-22');
    expect(expired.monitoredUsers).toBe('3 of 5');
    expect(expired.facts.map((fact) => fact.term)).toEqual(['On Freemium since']);
    expect(expired.warning).toBe('2 users not monitored: Freemium monitors up to 3');
  });
});

describe('trialEndBadge', () => {
  it('escalates in words and colour as the end comes near', () => {
    expect([1, 2, 3, 4, 6, 8, 9, 30].map(trialEndBadge)).toEqual([
      { label: 'Ends today', tone: 'danger' },
      { label: 'Ends tomorrow', tone: 'danger' },
      { label: 'Ends in 2 days', tone: 'warning' },
      { label: 'Ends in 3 days', tone: 'warning' },
      { label: 'Ends in 5 days', tone: 'info' },
      { label: 'Ends in 7 days', tone: 'info' },
      { label: '9 days left', tone: 'neutral' },
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
