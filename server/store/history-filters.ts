import { addDays } from '../../src/domain/calendar';
import type { HistoryEntry, HistoryFilters } from './account-record';

/** The instants a day range covers: from the first day's start up to, not including, the day after the last. */
export function historyRange({ from, to }: Pick<HistoryFilters, 'from' | 'to'>) {
  return {
    startsAt: from === undefined ? undefined : `${from}T00:00:00.000Z`,
    endsBefore: to === undefined ? undefined : `${addDays(to, 1)}T00:00:00.000Z`,
  };
}

/** Whether an entry passes Activity's filters (the SQL store states the same in its WHERE). */
export function historyFilter(filters: HistoryFilters): (entry: HistoryEntry) => boolean {
  const { startsAt, endsBefore } = historyRange(filters);
  const start = startsAt === undefined ? undefined : Date.parse(startsAt);
  const end = endsBefore === undefined ? undefined : Date.parse(endsBefore);
  const actor = filters.actor?.toLowerCase();
  return (entry) => {
    if (filters.accountNumber !== undefined && entry.accountNumber !== filters.accountNumber) return false;
    if (filters.action !== undefined && entry.action !== filters.action) return false;
    if (actor !== undefined && entry.actor.toLowerCase() !== actor) return false;
    if (start === undefined && end === undefined) return true;
    const at = Date.parse(entry.at);
    return (start === undefined || at >= start) && (end === undefined || at < end);
  };
}
