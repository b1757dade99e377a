import { accountRules } from '../../src/domain/account-rules';
import type { IsoDay } from '../../src/domain/calendar';
import type { AccountStore } from '../store/account-record';

/**
 * Records each MSP's figures for `today`, once: called after the daily settle,
 * so a day's snapshot shows the fleet with that day's renewals and deletions
 * applied. A second caller (another process, a retry) finds the row there.
 */
export async function recordFleetSnapshots(store: AccountStore, today: IsoDay): Promise<void> {
  for (const mspId of await store.mspsWithoutSnapshot(today))
    await store.recordSnapshot({ mspId }, today, accountRules.pricePerSeatCents);
}
