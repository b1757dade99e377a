import { addDays, type IsoDay } from '../../src/domain/calendar';
import { settleDay } from '../../src/domain/lifecycle/settle';
import type { AccountStore } from '../store/account-record';
import { historyEntries } from './apply-rule';
import { recordFleetSnapshots } from './fleet-snapshots';

export const SYSTEM_ACTOR = 'system';

/**
 * Applies what time has brought, one day at a time and in order: renewals,
 * scheduled seat decreases, cancellations taking effect, deletions after
 * retention, and trials running out. Each change is dated by the day it took
 * effect, and each settled day leaves its fleet snapshot (Insights). The store
 * remembers the last day settled, so each day is settled once whichever
 * process does it (live mode runs this on a timer under an advisory lock:
 * server/node/settlement-schedule.ts); a new store starts with today. Every
 * account is settled inside its own atomic update.
 */
export function createSettler(store: AccountStore) {
  let running: Promise<void> | null = null;

  async function settleOne(day: IsoDay): Promise<void> {
    for (const { mspId, accountNumber } of await store.due(day)) {
      await store.update({ mspId }, accountNumber, (record) => {
        const settled = settleDay(record, day);
        return {
          ok: true,
          record: settled.deleted ? 'delete' : { ...record, ...settled.state },
          history: historyEntries(settled.changes, record, SYSTEM_ACTOR, `${day}T00:00:00.000Z`),
          result: null,
        };
      });
    }
    await recordFleetSnapshots(store, day);
    await store.markSettled(day);
  }

  async function run(today: IsoDay): Promise<void> {
    const last = (await store.settledThrough()) ?? addDays(today, -1);
    for (let day = addDays(last, 1); day <= today; day = addDays(day, 1)) await settleOne(day);
  }

  /** Settles every day after the last one settled, through `today`. */
  return async function settleThrough(today: IsoDay): Promise<void> {
    while (running) await running;
    // Most requests find the day settled already: answer them without the demo's cross-tab lock and save, or two
    // tabs would wake each other with a save on every read.
    const last = await store.settledThrough();
    if (last !== null && last >= today) return;
    // The demo store runs it as one unit, and redoes it after a reload or in another tab rather than saving it.
    running = (store.batch ? store.batch(() => run(today), { redoable: true }) : run(today)).finally(() => {
      running = null;
    });
    await running;
  };
}

export type Settler = ReturnType<typeof createSettler>;
