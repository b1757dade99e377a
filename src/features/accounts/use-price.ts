import { useQuery } from '@tanstack/react-query';
import { summaryQueryOptions } from '../../api/accounts';
import { accountRules } from '../../domain/account-rules';

/** The price of a seat for a month, in cents: the server's, or the shared rule's until the summary is in. */
export function usePricePerSeat(): number {
  const summary = useQuery(summaryQueryOptions());
  return summary.data?.pricePerSeatCents || accountRules.pricePerSeatCents;
}
