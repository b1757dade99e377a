import { describe, expect, it } from 'vitest';
import { MemoryConsoleAccess } from './console-access';
import { hashToken, isSigned, mintToken, newTokenSecret } from './open-account-token';

describe('open account tokens', () => {
  it('are signed by the secret that minted them and no other', async () => {
    const secret = newTokenSecret();
    const token = await mintToken(secret);
    expect(await isSigned(secret, token)).toBe(true);
    expect(await isSigned(newTokenSecret(), token)).toBe(false);
    expect(await isSigned(secret, `${token}x`)).toBe(false);
    expect(
      await isSigned(
        secret,
        token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBe(false);
  });

  it('are used once, and not after they expire', async () => {
    const access = new MemoryConsoleAccess();
    const grant = {
      mspId: 'm',
      accountNumber: 'AC-100001',
      staffEmail: 's@x.example',
      expiresAt: '2026-01-01T00:02:00.000Z',
    };
    await access.saveGrant(await hashToken('one'), grant);
    await access.saveGrant(await hashToken('two'), grant);
    expect(await access.useGrant(await hashToken('one'), new Date('2026-01-01T00:01:00Z'))).toEqual(grant);
    expect(await access.useGrant(await hashToken('one'), new Date('2026-01-01T00:01:00Z'))).toBeNull();
    expect(await access.useGrant(await hashToken('two'), new Date('2026-01-01T00:02:00Z'))).toBeNull();
  });
});
