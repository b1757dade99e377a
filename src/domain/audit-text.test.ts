import { describe, expect, it } from 'vitest';
import { auditSentence } from './audit-text';

describe('auditSentence', () => {
  it('says what happened in words', () => {
    expect(auditSentence('staff-invited', { email: 'kim@acme.example', role: 'Technician' })).toBe(
      'Invited kim@acme.example as Technician',
    );
    expect(
      auditSentence('sign-in-failed', { email: 'x@y.example', client: '203.0.113.9', reason: 'wrong password' }),
    ).toBe('Failed sign-in as x@y.example from 203.0.113.9: wrong password');
    expect(auditSentence('staff-role-changed', { name: 'Kim', email: 'k@a.example', from: 'Sales', to: 'Admin' })).toBe(
      'Changed Kim (k@a.example) from Sales to Admin',
    );
    expect(auditSentence('something-new', {})).toBe('something-new');
  });

  it('says what changed on a team, a long list of accounts cut short', () => {
    expect(auditSentence('team-renamed', { from: 'Nights', to: 'Night shift' })).toBe(
      'Renamed the team Nights to Night shift',
    );
    expect(auditSentence('team-member-added', { team: 'Night shift', name: 'Kim', email: 'k@a.example' })).toBe(
      'Added Kim (k@a.example) to the team Night shift',
    );
    expect(
      auditSentence('team-accounts-assigned', {
        team: 'Night shift',
        accountNumbers: ['AC-1000001', 'AC-1000002', 'AC-1000003', 'AC-1000004', 'AC-1000005'],
      }),
    ).toBe('Assigned AC-1000001, AC-1000002, AC-1000003 and 2 more to the team Night shift');
    expect(auditSentence('team-accounts-unassigned', { team: 'Night shift', accountNumbers: 'not a list' })).toBe(
      'Took no accounts from the team Night shift',
    );
    expect(auditSentence('password-change-failed', { client: '198.51.100.7' })).toBe(
      'Tried to change their password with a wrong current one from 198.51.100.7',
    );
  });
});
