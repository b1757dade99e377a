import { describe, expect, it } from 'vitest';
import type { AlertItem } from '../../src/api/activity-contract';
import { unreadCount } from './due-alerts';

const item = (day: string): AlertItem => ({
  kind: 'over-seats',
  day,
  count: 1,
  text: '1 paid account is over',
  accounts: [],
});

describe('unreadCount', () => {
  const digest = [item('2026-11-21'), { ...item('2026-11-21'), kind: 'deletions' as const }];

  it('counts a day’s digest unread until it is read on that day or later', () => {
    expect(unreadCount(digest, true, null)).toBe(2);
    expect(unreadCount(digest, true, '2026-11-20T23:59:59.999Z')).toBe(2);
    expect(unreadCount(digest, true, '2026-11-21T00:00:00.000Z')).toBe(0);
    expect(unreadCount(digest, true, '2026-11-21T08:30:00.000Z')).toBe(0);
  });

  it('counts nothing while the digest is off', () => {
    expect(unreadCount(digest, false, null)).toBe(0);
  });
});
