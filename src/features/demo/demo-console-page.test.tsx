import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { someAccount } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';

describe('Open account without a configured customer console', () => {
  it('says plainly that none is configured, and does not pretend to have signed anyone in', async () => {
    const paid = await someAccount('paid');
    expect(paid.consoleUrl).toBe(`/demo-console/${paid.accountNumber}`);
    await renderApp(paid.consoleUrl);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No customer console is configured' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(`has no customer console to open`);
    expect(screen.queryByText(/Signed in to account/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Back to ${paid.organizationName}` })).toHaveAttribute(
      'href',
      `/accounts/${paid.accountNumber}`,
    );
  });
});
