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

describe('hidden characters in an address', () => {
  it.each([
    ['a NUL', 'nul\u0000@example.com'],
    ['a bell', 'bell\u0007@example.com'],
    ['DEL', 'del\u007f@example.com'],
    ['a zero-width space', 'ops\u200b@example.com'],
    ['a leading zero-width space', '\u200bops@example.com'],
    ['a word joiner', 'ops\u2060@example.com'],
    ['a byte order mark inside', 'o\ufeffps@example.com'],
    ['a right-to-left override', 'ops\u202e@example.com'],
    ['a lone surrogate', 'ops\ud800@example.com'],
  ])('refuses %s, so no look-alike of an address in use gets in', (_, email) => {
    expect(emailProblem(email)).toMatch(/hidden or control character/);
  });

  it('still accepts letters beyond ASCII', () => {
    expect(emailProblem('josé@exämple.com')).toBeNull();
    expect(emailProblem('用户@例子.公司')).toBeNull();
  });
});
