import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { money, summary } from '../../../tests/accounts';
import { renderApp } from '../../../tests/render-app';

describe('the header’s next invoice', () => {
  it('shows what the next periods will bill, and how many accounts are over their seats', async () => {
    const expected = await summary();
    expect(expected.overSeats).toBeGreaterThan(0);
    const { user } = await renderApp('/trials');
    expect(await screen.findByTestId('next-invoice-total')).toHaveTextContent(money(expected.nextInvoiceCents));
    const chip = screen.getByRole('link', { name: /over seats$/ });
    expect(chip).toHaveTextContent(`${expected.overSeats} account${expected.overSeats === 1 ? '' : 's'} over seats`);
    await user.click(chip);
    expect(await screen.findByRole('heading', { level: 1, name: 'Paid Subscriptions' })).toBeInTheDocument();
  });
});
