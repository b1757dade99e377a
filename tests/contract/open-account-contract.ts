import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  auditEventsSchema,
  openAccountGrantSchema,
  openAccountResultSchema,
  problemSchema,
} from '../../src/api/contract';
import { postJson, type ContractTarget } from './contract-target';

const tokenOf = (url: string) => new URL(url, 'http://console.example').searchParams.get('token') ?? '';

/** "Open account": a token per click, two minutes, one use, in the audit log. */
export function describeOpenAccountContract(name: string, target: () => ContractTarget) {
  describe(`open account: ${name}`, () => {
    async function openOne() {
      const page = accountPageSchema.parse(
        await (await target().request('/api/v1/accounts?status=paid&limit=1')).json(),
      );
      const account = page.items[0]!;
      const response = await target().request(`/api/v1/accounts/${account.accountNumber}/open`, { method: 'POST' });
      expect(response.status).toBe(201);
      return { account, opened: openAccountResultSchema.parse(await response.json()) };
    }

    it('mints a new token on each click, valid for two minutes, leading to the customer console', async () => {
      const { account, opened } = await openOne();
      const again = await openOne();
      expect(opened.url).toContain(account.accountNumber);
      expect(tokenOf(opened.url).length).toBeGreaterThan(40);
      expect(tokenOf(again.opened.url)).not.toBe(tokenOf(opened.url));
      const lifetime = Date.parse(opened.expiresAt) - Date.now();
      // The memory store's clock is fixed in the past; over HTTP it is now.
      if (Math.abs(lifetime) < 10 * 60_000) expect(lifetime).toBeLessThanOrEqual(2 * 60_000);
    });

    it('lets the customer console redeem a token once; a second use or a forged token gets 410', async () => {
      const { account, opened } = await openOne();
      const token = tokenOf(opened.url);
      const redeem = (value: string) => postJson(target(), '/api/v1/open-account/redeem', { token: value });
      const first = await redeem(token);
      expect(first.status).toBe(200);
      expect(openAccountGrantSchema.parse(await first.json())).toMatchObject({ accountNumber: account.accountNumber });
      for (const refused of [token, `${token.slice(0, -2)}xx`, 'not.a-token', ''])
        expect(problemSchema.parse(await (await redeem(refused)).json()).status).toBe(410);
    });

    it('records each opening in the audit log, by whom and which account', async () => {
      const { account } = await openOne();
      const audit = auditEventsSchema.parse(await (await target().request('/api/v1/audit-events?limit=5')).json());
      expect(audit.items[0]).toMatchObject({
        action: 'account-opened',
        details: { accountNumber: account.accountNumber },
      });
      expect(audit.items[0]!.actor.length).toBeGreaterThan(0);
    });

    it('answers 404 for an account that does not exist', async () => {
      const response = await target().request('/api/v1/accounts/AC-999999/open', { method: 'POST' });
      expect(response.status).toBe(404);
    });
  });
}
