import { boardFilters, boardQueryRules, listAccountsQuerySchema, type AccountSort } from '../../src/api/contract';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import { searchWords } from '../../src/domain/search-text';
import type { ListFilters, ListQuery } from '../store/account-record';
import { decodeCursor, listFingerprint } from './cursor';
import { ProblemError } from './problem';
import { fieldErrors } from './read-json';

const sortNames: Record<AccountSort, string> = {
  newest: 'newest',
  name: 'name',
  users: 'monitored users',
  trialEnd: 'trial end',
  seats: 'seats',
  nextCharge: 'next charge',
};

/**
 * GET /accounts's query string as the store's ListQuery, or a 422 that names
 * each bad parameter: a sort or filter that does not fit the board, an upside
 * down range, a cursor that is not ours or was made for another list.
 */
export function listQueryFrom(raw: Record<string, string>, today: IsoDay): { query: ListQuery; fingerprint: string } {
  const parsed = listAccountsQuerySchema.safeParse(raw);
  if (!parsed.success)
    throw new ProblemError(422, 'Invalid query', {
      detail: 'Check the highlighted parameters.',
      errors: fieldErrors(parsed.error),
    });
  const params = parsed.data;
  const rules = boardQueryRules[params.status];
  const sort = params.sort ?? rules.defaultSort;
  const errors: Record<string, string> = {};
  if (!(rules.sorts as readonly AccountSort[]).includes(sort))
    errors.sort = `This board cannot be sorted by ${sortNames[sort]}`;
  for (const filter of boardFilters)
    if (params[filter] !== undefined && !(rules.filters as readonly string[]).includes(filter))
      errors[filter] = 'This filter does not apply to this board';
  if (params.createdFrom && params.createdTo && params.createdFrom > params.createdTo)
    errors.createdTo = 'Must be on or after the start of the range';
  if (params.usersMin !== undefined && params.usersMax !== undefined && params.usersMin > params.usersMax)
    errors.usersMax = 'Must be at least the minimum';
  if (Object.keys(errors).length > 0)
    throw new ProblemError(422, 'Invalid query', { detail: 'Check the highlighted parameters.', errors });

  const filters: ListFilters = {
    words: searchWords(params.q ?? ''),
    trialEndsBy: params.endsWithin === undefined ? undefined : addDays(today, params.endsWithin),
    overSeats: params.overSeats,
    pendingDecrease: params.pendingDecrease,
    cancelling: params.cancelling,
    createdFrom: params.createdFrom,
    createdTo: params.createdTo,
    usersMin: params.usersMin,
    usersMax: params.usersMax,
  };
  // The fingerprint leaves today out (a trial board walked across midnight keeps its cursor) and the limit (pages may grow).
  const fingerprint = listFingerprint([params.status, sort, { ...filters, trialEndsBy: params.endsWithin }]);
  let after: ListQuery['after'] = null;
  if (params.cursor !== undefined) {
    const decoded = decodeCursor(params.cursor, sort, fingerprint);
    if (!decoded.ok)
      throw new ProblemError(422, 'Invalid cursor', {
        detail:
          decoded.reason === 'other-list'
            ? 'This cursor was made for another search, filter or sort. Start again from the first page.'
            : 'Start again from the first page.',
        errors: { cursor: decoded.reason === 'other-list' ? 'Cursor of another list' : 'Unknown cursor' },
      });
    after = decoded.key;
  }
  return { query: { status: params.status, today, limit: params.limit, sort, filters, after }, fingerprint };
}
