import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { accountsOn } from '../../../tests/accounts';
import type { Account } from '../../api/contract';
import { AccountCards, type RenderActions } from './account-cards';
import { BulkSelectable } from './bulk-selectable';

// The cards' links go through the router only to navigate and preload: a stand-in router records what they ask.
const router = vi.hoisted(() => ({
  navigate: vi.fn(() => Promise.resolve()),
  preloadRoute: vi.fn(() => Promise.resolve(undefined)),
  options: { defaultPreloadDelay: 50 },
  history: { createHref: (path: string) => path },
}));
vi.mock('@tanstack/react-router', () => ({ useRouter: () => router }));

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

  it('draws no card again when one is selected: only its checkbox changes', async () => {
    const drawn = new Map<string, number>();
    const renderActions: RenderActions = (account) => {
      drawn.set(account.accountNumber, (drawn.get(account.accountNumber) ?? 0) + 1);
      return null;
    };
    render(
      <BulkSelectable.Provider value>
        <AccountCards
          accounts={await accounts(20)}
          asOf="2026-11-21"
          total={20}
          label="Paid Subscriptions"
          renderActions={renderActions}
        />
      </BulkSelectable.Provider>,
    );
    const before = new Map(drawn);
    expect(before.size).toBeGreaterThan(1);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Customer 1 (A-000001)' }));
    expect(screen.getByRole('checkbox', { name: 'Select Customer 1 (A-000001)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Customer 2 (A-000002)' })).not.toBeChecked();
    expect(drawn).toEqual(before);
  });
});

describe("a card's facts", () => {
  it("says an expired trial's monitored users once, as the share Freemium still monitors", async () => {
    const [expired] = await accountsOn('expired');
    const account = { ...expired!, monitoredUsers: 40 };
    render(<AccountCards accounts={[account]} asOf="2026-11-21" total={1} label="Expired Trials" />);
    const users = screen.getAllByRole('term').filter((term) => term.textContent === 'Monitored users');
    expect(users).toHaveLength(1);
    expect(users[0]!.nextElementSibling?.textContent).toBe('3 of 40');
  });
});

describe("a card's link to its account", () => {
  async function firstLink() {
    router.navigate.mockClear();
    router.preloadRoute.mockClear();
    render(<AccountCards accounts={await accounts(1)} asOf="2026-11-21" total={1} label="Paid Subscriptions" />);
    return screen.getByRole('link', { name: 'Customer 1' });
  }
  const destination = { to: '/accounts/$accountNumber', params: { accountNumber: 'A-000001' } };

  it("is a real link to the account's page, which a plain click opens in the app", async () => {
    const link = await firstLink();
    expect(link).toHaveAttribute('href', '/accounts/A-000001');
    // fireEvent returns false when the handler prevented the browser's own navigation.
    expect(fireEvent.click(link)).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(destination);
  });

  it('leaves a ctrl-, cmd- or shift-click to the browser (a new tab or window)', async () => {
    const link = await firstLink();
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link, { metaKey: true })).toBe(true);
    expect(fireEvent.click(link, { shiftKey: true })).toBe(true);
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('preloads the page on hover or focus after the preload delay, not when the pointer only passes', async () => {
    const link = await firstLink();
    vi.useFakeTimers();
    try {
      fireEvent.mouseEnter(link);
      fireEvent.mouseLeave(link);
      vi.advanceTimersByTime(100);
      expect(router.preloadRoute).not.toHaveBeenCalled();

      fireEvent.mouseEnter(link);
      vi.advanceTimersByTime(49);
      expect(router.preloadRoute).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(router.preloadRoute).toHaveBeenCalledWith(destination);

      fireEvent.focus(link);
      vi.advanceTimersByTime(50);
      expect(router.preloadRoute).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('preloads at once on touch', async () => {
    const link = await firstLink();
    fireEvent.touchStart(link);
    expect(router.preloadRoute).toHaveBeenCalledWith(destination);
  });
});
