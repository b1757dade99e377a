// @vitest-environment node
import { expect, it } from 'vitest';
import { passwordProblem } from '../../src/domain/password-rules';
import { commonPasswords } from './common-passwords';

it('ships a list of thousands of common passwords that the rule refuses', () => {
  const list = commonPasswords();
  for (const text of ['password1234', 'qwertyuiop123', '1q2w3e4r5t6y', 'iloveyou1234', 'summer2024!', '123456789012'])
    expect(list.has(text), text).toBe(true);
  expect(passwordProblem('Welcome2025!', list)).toMatch(/too common/);
  expect(passwordProblem('1qaz2wsx3edc', list)).toMatch(/too common/);
  expect(passwordProblem('Football123456', list)).toMatch(/too common/);
  expect(passwordProblem('violet tram at dusk', list)).toBeNull();
});
