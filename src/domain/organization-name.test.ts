import { describe, expect, it } from 'vitest';
import { organizationNameKey, organizationNameProblem } from './organization-name';

describe('organizationNameKey', () => {
  it('reads names the same whatever their case and spacing', () => {
    expect(organizationNameKey('  Contoso   LTD ')).toBe(organizationNameKey('Contoso Ltd'));
    expect(organizationNameKey('Contoso Ltd')).not.toBe(organizationNameKey('Contoso Ltd.'));
  });
});

describe('organization names', () => {
  it.each([
    ['a NUL', 'Nul\u0000 Ltd'],
    ['an escape sequence', 'Red\u001b[31m Ltd'],
    ['a right-to-left override', 'Evil\u202eLtd'],
    ['a left-to-right isolate', 'Isolate\u2066 Ltd'],
    ['a right-to-left mark', 'Mark\u200f Ltd'],
    ['a zero-width space', 'Zero\u200bWidth Ltd'],
    ['a lone surrogate', 'Lone \udc00 Ltd'],
  ])('refuses %s with a sentence that says why', (_, name) => {
    expect(organizationNameProblem(name)).toMatch(/hidden, control or text-direction character/);
  });

  it('accepts names in any script, emoji sequences and tabs typed by mistake', () => {
    expect(organizationNameProblem('Müller & Söhne GmbH')).toBeNull();
    expect(organizationNameProblem('شركة المثال')).toBeNull();
    expect(organizationNameProblem('Family 👨\u200d👩\u200d👧 Bakery')).toBeNull();
    expect(organizationNameProblem('Acme\tLtd')).toBeNull();
  });
});
