import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { loadVirtualizer } from './use-window-rows';

// The virtualizer is not on the first board (issue 9): the first screen is drawn without it, and it loads on idle
// or at the first scroll, then takes over the rows already on screen. The module loads once per page (here, per
// test file), so only this file's first board sees the takeover.
describe('a board before and after its virtualizer loads', () => {
  it('keeps the cards drawn first, the same elements, when the virtualizer takes over at the first scroll', async () => {
    // No idle time in this test: the first scroll is what loads the virtualizer.
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      await renderApp('/paid?view=cards');
      const list = await screen.findByRole('list', { name: 'Paid Subscriptions' });
      const before = within(list).getAllByRole('listitem');
      expect(before.length).toBeGreaterThan(0);
      expect(before[0]).toHaveAttribute('aria-posinset', '1');

      await act(async () => {
        window.dispatchEvent(new Event('scroll'));
        await loadVirtualizer();
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      const after = within(list).getAllByRole('listitem');
      expect(after).toHaveLength(before.length);
      after.forEach((item, index) => expect(item).toBe(before[index]));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
