import type { Account } from '../../api/contract';

/**
 * The account as a cheap, certain action will leave it, so the console can
 * show it at once. Only actions whose outcome the console can know exactly
 * are here; the others wait for the server.
 */
export function optimisticPatch(action: string, account: Account, pricePerSeatCents: number): Account | null {
  const seats = account.seats ?? 0;
  switch (action) {
    case 'cancel':
      // Cancelling withdraws a pending decrease (it would apply the day the subscription ends).
      return { ...account, cancelsOn: account.renewsOn, pendingSeats: null, nextChargeCents: null };
    case 'resume':
      return { ...account, cancelsOn: null, nextChargeCents: (account.pendingSeats ?? seats) * pricePerSeatCents };
    case 'withdrawPendingSeats':
      // A cancelled subscription bills nothing next, pending change or not.
      return { ...account, pendingSeats: null, nextChargeCents: account.cancelsOn ? null : seats * pricePerSeatCents };
    default:
      return null;
  }
}
