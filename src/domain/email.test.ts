import { describe, expect, it } from 'vitest';
import { emailProblem, normalizeEmail } from './email';

describe('email normalization', () => {
  it('trims and folds case so one address has one form', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normalizeEmail('JANE.DOE@EXAMPLE.COM')).toBe(normalizeEmail('jane.doe@example.com'));
    expect(normalizeEmail('\tops@acme.io\n')).toBe('ops@acme.io');
  });

  it('treats composed and decomposed accents as the same address', () => {
    expect(normalizeEmail('Jose\u0301@example.com')).toBe(normalizeEmail('josé@example.com'));
  });
});

describe('email format', () => {
  it('accepts ordinary addresses, with spaces around them', () => {
    expect(emailProblem('ops@acme.io')).toBeNull();
    expect(emailProblem('  first.last+tag@sub.example.co.uk ')).toBeNull();
  });

  it.each(['', '   ', 'plainaddress', 'a@b', '@example.com', 'a b@example.com', 'a@@example.com', 'a@example.'])(
    'refuses %j',
    (email) => expect(emailProblem(email)).not.toBeNull(),
  );

  it('allows 254 characters and refuses 255', () => {
    const domain = '@example.com';
    expect(emailProblem('a'.repeat(254 - domain.length) + domain)).toBeNull();
    expect(emailProblem('a'.repeat(255 - domain.length) + domain)).toMatch(/at most 254/);
  });
});
