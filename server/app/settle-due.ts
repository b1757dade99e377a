import type { IsoDay } from '../../src/domain/calendar';
import { settle } from '../../src/domain/lifecycle/settle';
import type { AccountStore } from '../store/account-record';
import { historyEntries } from './apply-rule';
import { recordFleetSnapshots } from './fleet-snapshots';

export const SYSTEM_ACTOR = 'system';

/**
 * Applies what time has brought: renewals, scheduled seat decreases,
 * cancellations taking effect, deletions after retention. Nothing is due
 * again until the day changes, so each process settles once a day (and once
 * per demo clock move); running it twice, or in two processes, is harmless
 * because every account is settled inside its own atomic update.
 */
export function createSettler(store: AccountStore) {
  let settledThrough: IsoDay | null = null;
  let running: Promise<void> | null = null;

  async function run(today: IsoDay, at: string): Promise<void> {
    for (const { mspId, accountNumber } of await store.due(today)) {
      await store.update({ mspId }, accountNumber, (record) => {
        const settled = settle(record, today);
        return {
          ok: true,
          record: settled.deleted ? 'delete' : { ...record, ...settled.state },
          history: historyEntries(settled.changes, record, SYSTEM_ACTOR, at),
          result: null,
        };
      });
    }
    await recordFleetSnapshots(store, today);
    settledThrough = today;
  }

  return async function settleDue(today: IsoDay, at: string): Promise<void> {
    if (settledThrough === today) return;
    running ??= (store.batch ? store.batch(() => run(today, at)) : run(today, at)).finally(() => {
      running = null;
    });
    await running;
    if (settledThrough !== today) await settleDue(today, at);
  };
}
