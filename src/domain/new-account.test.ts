import { describe, expect, it } from 'vitest';
import { checkNewAccount } from './new-account';

describe('a new account’s fields', () => {
  it('cleans what it accepts', () => {
    expect(checkNewAccount({ email: ' ops@acme.io ', organizationName: '  Acme   Ltd ' })).toEqual({
      ok: true,
      value: { email: 'ops@acme.io', organizationName: 'Acme Ltd' },
    });
  });

  it('names every field that is wrong', () => {
    const result = checkNewAccount({ email: 'nope', organizationName: '   ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'organizationName']);
  });

  it('takes an organization name of 1 to 100 characters after trimming', () => {
    expect(checkNewAccount({ email: 'a@b.co', organizationName: ' X ' }).ok).toBe(true);
    expect(checkNewAccount({ email: 'a@b.co', organizationName: ` ${'x'.repeat(100)} ` }).ok).toBe(true);
    const tooLong = checkNewAccount({ email: 'a@b.co', organizationName: 'x'.repeat(101) });
    expect(tooLong.ok === false && tooLong.errors.organizationName).toMatch(/at most 100/);
  });
});
