import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testApi } from '../../../mocks/node';
import type { AccountPage } from '../../api/contract';
import { addDays } from '../../domain/calendar';
import { renderApp } from '../../../tests/render-app';

async function trials(query: string): Promise<AccountPage> {
  return (await (
    await testApi().app.request(`/api/v1/accounts?status=trial&limit=200&${query}`)
  ).json()) as AccountPage;
}

describe('trial cards', { timeout: 20_000 }, () => {
  it('say in words how near the end each trial is (Ends today, Ends tomorrow, Ends in N days), coloured to match', async () => {
    const page = await trials('sort=trialEnd');
    const today = page.asOf;
    const ending = page.items.filter((account) => account.trialEndsAt! <= addDays(today, 7));
    expect(ending.some((account) => account.trialEndsAt === today)).toBe(true);
    await renderApp('/trials?view=cards&endsWithin=7');
    for (const account of ending) {
      const card = await screen.findByRole('article', { name: account.organizationName });
      const days = (Date.parse(account.trialEndsAt!) - Date.parse(today)) / 86_400_000;
      const words = days === 0 ? 'Ends today' : days === 1 ? 'Ends tomorrow' : `Ends in ${days} days`;
      // Colour escalates with the words, never instead of them.
      const tone = days <= 1 ? 'danger' : days <= 3 ? 'warning' : 'info';
      const badge = within(card)
        .getAllByText(words)
        .find((element) => element.classList.contains('badge'));
      expect(badge, `${account.organizationName}: ${words}`).toHaveClass(`badge--${tone}`);
      // Said once: no "Days left" fact beside the badge repeats it, as the list row has no such column.
      expect(within(card).getAllByText(words)).toHaveLength(1);
      expect(within(card).queryByText('Days left')).not.toBeInTheDocument();
    }
  });
});
