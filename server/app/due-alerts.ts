import type { AlertItem } from '../../src/api/activity-contract';
import type { AccountSort } from '../../src/api/contract';
import { attentionHorizons } from '../../src/domain/attention';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import type { AccountRecord, AccountStore, ListFilters, Scope } from '../store/account-record';

/** How many accounts an item names; the count says how many there are. */
const ALERT_SAMPLE = 5;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/**
 * What is due for an MSP on `day`: the daily digest. Computed from the store
 * alone (the attention counts, then the first few accounts of each from the
 * boards' own queries), so the console's panel and a mailer send the same.
 */
export async function dueAlerts(store: AccountStore, scope: Scope, day: IsoDay): Promise<AlertItem[]> {
  const counts = await store.attention(scope, day);
  const sample = async (
    status: 'paid' | 'trial',
    sort: AccountSort,
    filters: Omit<ListFilters, 'words'>,
    limit = ALERT_SAMPLE,
  ): Promise<AccountRecord[]> =>
    (await store.page(scope, { status, today: day, limit, sort, filters: { words: [], ...filters }, after: null }))
      .items;
  const named = (records: AccountRecord[]) =>
    records.slice(0, ALERT_SAMPLE).map(({ accountNumber, organizationName }) => ({ accountNumber, organizationName }));
  const soonCount = counts.trialsEndingIn3Days - counts.trialsEndingToday;

  const items: AlertItem[] = [];
  const add = (kind: AlertItem['kind'], count: number, text: string, accounts: () => Promise<AccountRecord[]>) =>
    count > 0 ? accounts().then((records) => items.push({ kind, day, count, text, accounts: named(records) })) : null;
  await add(
    'trials-ending-today',
    counts.trialsEndingToday,
    `${plural(counts.trialsEndingToday, 'trial ends', 'trials end')} today`,
    () => sample('trial', 'trialEnd', { trialEndsBy: day }),
  );
  await add(
    'trials-ending-soon',
    soonCount,
    `${plural(soonCount, 'trial ends', 'trials end')} in the next ${attentionHorizons.soon} days`,
    async () =>
      (
        await sample(
          'trial',
          'trialEnd',
          { trialEndsBy: addDays(day, attentionHorizons.soon) },
          Math.min(200, counts.trialsEndingToday + ALERT_SAMPLE),
        )
      ).filter((record) => record.trialEndsAt !== day),
  );
  await add(
    'over-seats',
    counts.overSeats,
    `${plural(counts.overSeats, 'paid account is', 'paid accounts are')} over their seats`,
    () => sample('paid', 'users', { overSeats: true }),
  );
  await add(
    'cancellations',
    counts.cancellingThisPeriod,
    `${plural(counts.cancellingThisPeriod, 'cancellation takes', 'cancellations take')} effect at the end of this period`,
    () => sample('paid', 'name', { cancelling: true }),
  );
  await add(
    'deletions',
    counts.deletionsIn3Days,
    `${plural(counts.deletionsIn3Days, 'removed trial is', 'removed trials are')} deleted for good within ${attentionHorizons.deletion} days`,
    async () => {
      const ended = await store.listEnded(scope, { limit: 50, after: null });
      const by = addDays(day, attentionHorizons.deletion);
      return ended.items.filter((record) => record.plan === 'removed' && (record.deleteAfter ?? '') <= by);
    },
  );
  return items;
}

/** Items dated after the last read: today's digest is unread until read today. */
export function unreadCount(items: readonly AlertItem[], digest: boolean, lastReadAt: string | null): number {
  if (!digest) return 0;
  return items.filter((item) => lastReadAt === null || `${item.day}T00:00:00.000Z` > lastReadAt).length;
}
