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
});
