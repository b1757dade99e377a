import { describe, expect, it } from 'vitest';
import { passwordProblem, type CommonPasswords } from './password-rules';

const common: CommonPasswords = { has: (text) => ['password', 'qwertyuiop', 'iloveyou', 'dragon'].includes(text) };

describe('passwordProblem', () => {
  it('asks for 12 characters, counted as characters', () => {
    expect(passwordProblem('short-pass1', common)).toBe('Use at least 12 characters');
    expect(passwordProblem('ünïcödé-ok12', common)).toBeNull();
    expect(passwordProblem('🐢🐇🦊🐢🐇🦊🐢🐇🦊🐢🐇🦊', common)).toBeNull();
  });

  it('refuses a common password, in any case, and one with only digits or symbols added', () => {
    expect(passwordProblem('QwertyUIOP', common)).toMatch(/^Use at least/);
    expect(passwordProblem('Password1234', common)).toMatch(/too common/);
    expect(passwordProblem('!!Dragon2026!!', common)).toMatch(/too common/);
    expect(passwordProblem('qwertyuiop12', common)).toMatch(/too common/);
    expect(passwordProblem('dragon fruit salad', common)).toBeNull();
  });

  it('refuses one or two characters repeated, and an overlong password', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa', common)).toMatch(/more than one or two/);
    expect(passwordProblem('abababababab', common)).toMatch(/more than one or two/);
    expect(passwordProblem('x'.repeat(300) + 'yz', common)).toBe('Use at most 256 characters');
  });
});
