import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { accountsOn } from '../../../tests/accounts';
import type { Account } from '../../api/contract';
import { AccountCards, type RenderActions } from './account-cards';

// The cards link to their account pages; a plain link stands for the router's here, as only the drawing is counted.
vi.mock('@tanstack/react-router', () => ({
  Link: ({ children, params }: { children: ReactNode; params: { accountNumber: string } }) => (
    <a href={`/accounts/${params.accountNumber}`}>{children}</a>
  ),
}));

async function accounts(count: number, from = 0): Promise<Account[]> {
  const [model] = await accountsOn('paid');
  return Array.from({ length: count }, (_, index) => ({
    ...model!,
    accountNumber: `A-${String(from + index + 1).padStart(6, '0')}`,
    organizationName: `Customer ${from + index + 1}`,
  }));
}

describe('the cards of a board', () => {
  it('draws no card again when the next page arrives, only the ones it adds', async () => {
    const firstPage = await accounts(50);
    // A card's actions are drawn each time the card is: counting them counts the cards drawn, per account.
    const drawn = new Map<string, number>();
    const renderActions: RenderActions = (account) => {
      drawn.set(account.accountNumber, (drawn.get(account.accountNumber) ?? 0) + 1);
      return null;
    };
    const board = (loaded: Account[]) => (
      <AccountCards
        accounts={loaded}
        asOf="2026-11-21"
        total={5_000}
        label="Paid Subscriptions"
        renderActions={renderActions}
      />
    );
    const { rerender, getAllByRole } = render(board(firstPage));
    const shown = getAllByRole('listitem').length;
    expect(shown).toBeGreaterThan(0);
    expect([...drawn.values()].every((times) => times === 1)).toBe(true);
    const before = new Map(drawn);

    // The next page: a new array holding the same account objects, then 50 more (as TanStack Query's pages do).
    rerender(board([...firstPage, ...(await accounts(50, 50))]));
    expect(getAllByRole('listitem')).toHaveLength(shown);
    expect(drawn).toEqual(before);

    // An account changed (a new object for it, as an action's answer makes): only its card is drawn again.
    const changed = [...firstPage];
    changed[0] = { ...changed[0]!, seats: (changed[0]!.seats ?? 0) + 1 };
    rerender(board(changed));
    expect(drawn.get('A-000001')).toBe(2);
    expect([...drawn.entries()].filter(([number]) => number !== 'A-000001').every(([, times]) => times === 1)).toBe(
      true,
    );
  });
});
