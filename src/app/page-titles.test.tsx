import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { someAccount } from '../../tests/accounts';
import { renderApp } from '../../tests/render-app';

// Every route names itself in the tab, so a tab strip and a screen reader's window list say where each tab is.
describe('page titles', () => {
  it.each([
    ['/paid', 'Paid Subscriptions · MSP Command Center'],
    ['/trials?view=list', 'Active Trials · MSP Command Center'],
    ['/expired', 'Expired Trials · MSP Command Center'],
    ['/removed', 'Removed and cancelled · MSP Command Center'],
    ['/activity', 'Activity · MSP Command Center'],
    ['/no-such-page', 'Page not found · MSP Command Center'],
  ])('%s is titled "%s"', async (url, title) => {
    await renderApp(url);
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('an account page is titled with the organization, and the title follows navigation', async () => {
    const trial = await someAccount('trial');
    const { router } = await renderApp(`/accounts/${trial.accountNumber}`);
    await waitFor(() => expect(document.title).toBe(`${trial.organizationName} · MSP Command Center`));
    await router.navigate({ to: '/expired' });
    await waitFor(() => expect(document.title).toBe('Expired Trials · MSP Command Center'));
    expect(screen.getByRole('heading', { level: 1, name: 'Expired Trials' })).toBeInTheDocument();
  });
});
