import { readFileSync } from 'node:fs';
import type { CommonPasswords } from '../../src/domain/password-rules';

let loaded: Set<string> | null = null;

/** The shipped list (built by scripts/build-common-passwords.ts), read once, lower-cased, one a line. */
export function commonPasswords(): CommonPasswords {
  loaded ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  const list = loaded;
  return { has: (lowered) => list.has(lowered) };
}
