import { z } from 'zod/mini';
import type { BoardFind } from '../../api/accounts';
import { accountSorts, boardQueryRules, endsWithinDays, type AccountSort } from '../../api/contract';
import type { BoardStatus } from '../../domain/account-status';

const day = z.catch(z.optional(z.iso.date()), undefined);
const userCount = z.catch(z.optional(z.int().check(z.gte(0), z.lte(10_000_000))), undefined);
const flag = z.catch(z.optional(z.boolean()), undefined);

/**
 * A board's search, filters and sort in its URL. Every field has a default or
 * is optional, and `z.catch` turns a hand-mangled value into that default, so
 * a shared or edited link always opens a board. A sort or filter that does not
 * fit the board is dropped by findFor. One schema a board: the route validates
 * with it and a change of the find (useBoardFind) reads its target with it.
 */
export function boardFindSearchSchema(status: BoardStatus) {
  return schemas[status];
}

function schemaFor(status: BoardStatus) {
  const defaultSort: AccountSort = boardQueryRules[status].defaultSort;
  return z.object({
    q: z.catch(z._default(z.string().check(z.maxLength(100)), ''), ''),
    sort: z.catch(z._default(z.enum(accountSorts), defaultSort), defaultSort),
    endsWithin: z.catch(
      z.optional(z.number().check(z.refine((days) => (endsWithinDays as readonly number[]).includes(days)))),
      undefined,
    ),
    overSeats: flag,
    pendingDecrease: flag,
    cancelling: flag,
    createdFrom: day,
    createdTo: day,
    usersMin: userCount,
    usersMax: userCount,
  });
}
const schemas = { paid: schemaFor('paid'), trial: schemaFor('trial'), expired: schemaFor('expired') };
export type BoardFindSearch = z.infer<ReturnType<typeof boardFindSearchSchema>>;

/** What the URL leaves out: the board's own order and an empty search. */
export function findDefaults(status: BoardStatus) {
  return { q: '', sort: boardQueryRules[status].defaultSort as AccountSort };
}

/** The find params a board's query is made of: only what fits the board, upside-down ranges dropped. */
export function findFor(status: BoardStatus, search: Partial<BoardFindSearch>): BoardFind {
  const rules = boardQueryRules[status];
  const fits = (filter: string) => (rules.filters as readonly string[]).includes(filter);
  const sort = search.sort && (rules.sorts as readonly AccountSort[]).includes(search.sort) ? search.sort : undefined;
  const find: BoardFind = {
    q: search.q?.trim() || undefined,
    sort: sort ?? rules.defaultSort,
    endsWithin: fits('endsWithin') ? search.endsWithin : undefined,
    overSeats: fits('overSeats') && search.overSeats ? true : undefined,
    pendingDecrease: fits('pendingDecrease') && search.pendingDecrease ? true : undefined,
    cancelling: fits('cancelling') && search.cancelling ? true : undefined,
    createdFrom: search.createdFrom,
    createdTo:
      search.createdFrom && search.createdTo && search.createdTo < search.createdFrom ? undefined : search.createdTo,
    usersMin: search.usersMin,
    usersMax:
      search.usersMin !== undefined && search.usersMax !== undefined && search.usersMax < search.usersMin
        ? undefined
        : search.usersMax,
  };
  // Undefined keys out, so that equal finds make equal query keys.
  return Object.fromEntries(Object.entries(find).filter(([, value]) => value !== undefined));
}

/** Whether anything narrows the board (the sort does not). */
export function isNarrowed(find: BoardFind): boolean {
  return Object.keys(find).some((key) => key !== 'sort');
}
