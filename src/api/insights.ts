import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { InsightRange } from '../domain/insights';
import { apiRequest } from './client';
import { insightsSchema } from './contract';

/** Every query key for Insights, built here and nowhere else. */
export const insightsKeys = {
  all: ['insights'] as const,
  range: (range: InsightRange) => [...insightsKeys.all, range] as const,
};

export function insightsQueryOptions(range: InsightRange) {
  return queryOptions({
    queryKey: insightsKeys.range(range),
    queryFn: ({ signal }) => apiRequest('/insights', { schema: insightsSchema, query: { range }, signal }),
    // Switching the range keeps the charts of the last one on screen until the new figures arrive.
    placeholderData: keepPreviousData,
  });
}
