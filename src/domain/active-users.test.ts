import { describe, expect, it } from 'vitest';
import { activeUsers, usersOverSeats } from './active-users';

describe('Active Users', () => {
  it('counts monitored users on paid accounts only', () => {
    expect(
      activeUsers([
        { status: 'paid', monitoredUsers: 10 },
        { status: 'trial', monitoredUsers: 100 },
        { status: 'expired', monitoredUsers: 3 },
        { status: 'paid', monitoredUsers: 0 },
        { status: 'paid', monitoredUsers: 1234 },
      ]),
    ).toBe(1244);
  });

  it('is 0 without paid accounts', () => {
    expect(activeUsers([])).toBe(0);
    expect(activeUsers([{ status: 'trial', monitoredUsers: 50 }])).toBe(0);
  });

  it('reports how far an account is over its seats', () => {
    expect(usersOverSeats(57, 50)).toBe(7);
    expect(usersOverSeats(50, 50)).toBe(0);
    expect(usersOverSeats(5, null)).toBe(0);
  });
});
