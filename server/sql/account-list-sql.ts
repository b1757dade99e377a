import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { AccountSort } from '../../src/api/contract';
import { addDays } from '../../src/domain/calendar';
import { sortDefinitions } from '../store/account-query';
import type { ListFilters, SortKey } from '../store/account-record';
import type { Database } from './schema';

type AccountsExpression = ExpressionBuilder<Database, 'accounts'>;

/*
 * The list's sorts and filters in SQL, the same as server/store/account-query.ts
 * says them in memory. Each sort expression is the leading key of an index made
 * in migrations/0003-account-search.ts, so a page is an index scan of the rows it shows.
 */
const sortExpressions: Record<AccountSort, RawBuilder<unknown>> = {
  newest: sql`created_at`,
  // name_key is a "C"-collated column: byte order, the order JavaScript compares the same folded text in.
  name: sql`name_key`,
  users: sql`monitored_users`,
  trialEnd: sql`trial_ends_at`,
  seats: sql`coalesce(seats, 0)`,
  nextCharge: sql`(case when cancels_on is null then coalesce(pending_seats, seats, 0) else 0 end)`,
};

const valueCasts: Record<AccountSort, RawBuilder<unknown>> = {
  newest: sql`timestamptz`,
  name: sql`text`,
  users: sql`integer`,
  trialEnd: sql`date`,
  seats: sql`integer`,
  nextCharge: sql`integer`,
};

export function orderBy(sort: AccountSort): RawBuilder<unknown> {
  const direction = sortDefinitions[sort].direction === 'asc' ? sql`asc` : sql`desc`;
  return sql`${sortExpressions[sort]} ${direction}, account_number ${direction}`;
}

export function after(sort: AccountSort, key: SortKey): RawBuilder<boolean> {
  const comparison = sortDefinitions[sort].direction === 'asc' ? sql`>` : sql`<`;
  const value = sql`cast(${key.value} as ${valueCasts[sort]})`;
  return sql<boolean>`(${sortExpressions[sort]}, account_number) ${comparison} (${value}, ${key.accountNumber})`;
}

/** LIKE's own characters in a search word match themselves. */
function likeContaining(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function passesFilters(eb: AccountsExpression, filters: ListFilters) {
  const conditions: Expression<SqlBool>[] = filters.words.map((word) =>
    eb('search_text', 'like', likeContaining(word)),
  );
  if (filters.trialEndsBy !== undefined) conditions.push(eb('trial_ends_at', '<=', filters.trialEndsBy));
  if (filters.overSeats) conditions.push(sql<boolean>`monitored_users > coalesce(seats, 0)`);
  if (filters.pendingDecrease) conditions.push(eb('pending_seats', 'is not', null));
  if (filters.cancelling) conditions.push(eb('cancels_on', 'is not', null));
  if (filters.createdFrom !== undefined)
    conditions.push(eb('created_at', '>=', new Date(`${filters.createdFrom}T00:00:00Z`)));
  if (filters.createdTo !== undefined)
    conditions.push(eb('created_at', '<', new Date(`${addDays(filters.createdTo, 1)}T00:00:00Z`)));
  if (filters.usersMin !== undefined) conditions.push(eb('monitored_users', '>=', filters.usersMin));
  if (filters.usersMax !== undefined) conditions.push(eb('monitored_users', '<=', filters.usersMax));
  return eb.and(conditions);
}
