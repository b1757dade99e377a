import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { accountKeys, activityKeys } from './accounts';
import { apiFile, apiRequest } from './client';
import { activityPageSchema, alertsSchema, attentionSchema, type ActivityFilters } from './activity-contract';

export const ACTIVITY_PAGE_SIZE = 50;

/** Under the fleet's Activity key, so every change that refreshes Activity refreshes each filtered view too. */
export function activityQueryOptions(filters: ActivityFilters = {}) {
  return infiniteQueryOptions({
    queryKey: [...activityKeys.fleet(), filters] as const,
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/activity', {
        schema: activityPageSchema,
        query: { limit: ACTIVITY_PAGE_SIZE, cursor: pageParam, ...filters },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export async function downloadActivity(filters: ActivityFilters): Promise<Blob> {
  return (await apiFile('/activity/export', { query: { ...filters } })).blob;
}

/**
 * Under the summary's key: every account change invalidates the summary (and
 * so these) already, since they count the same accounts.
 */
export const watchKeys = {
  attention: () => [...accountKeys.summary(), 'attention'] as const,
  alerts: () => [...accountKeys.summary(), 'alerts'] as const,
};

export function attentionQueryOptions() {
  return queryOptions({
    queryKey: watchKeys.attention(),
    queryFn: ({ signal }) => apiRequest('/attention', { schema: attentionSchema, signal }),
  });
}

export function alertsQueryOptions() {
  return queryOptions({
    queryKey: watchKeys.alerts(),
    queryFn: ({ signal }) => apiRequest('/alerts', { schema: alertsSchema, signal }),
  });
}

export function markAlertsRead() {
  return apiRequest('/alerts/read', { method: 'POST', schema: alertsSchema });
}

export function setAlertDigest(digest: boolean) {
  return apiRequest('/alerts/settings', { method: 'PUT', body: { digest }, schema: alertsSchema });
}
