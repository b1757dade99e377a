import { queryOptions } from '@tanstack/react-query';
import {
  bulkAssignmentResultSchema,
  staffListSchema,
  type BulkAssignmentBody,
  type StaffList,
} from './assignments-contract';
import { apiRequest } from './client';

export const assignmentKeys = {
  all: ['assignments'] as const,
  account: (accountNumber: string) => [...assignmentKeys.all, 'account', accountNumber] as const,
  assignees: () => [...assignmentKeys.all, 'assignees'] as const,
};

/** Who the account is assigned to. */
export function accountAssigneesQueryOptions(accountNumber: string) {
  return queryOptions({
    queryKey: assignmentKeys.account(accountNumber),
    queryFn: ({ signal }) =>
      apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/assignments`, { schema: staffListSchema, signal }),
  });
}

/** The MSP's staff accounts can be assigned to (Admins only). */
export function assigneesQueryOptions() {
  return queryOptions({
    queryKey: assignmentKeys.assignees(),
    queryFn: ({ signal }) => apiRequest('/assignees', { schema: staffListSchema, signal }),
    staleTime: 60_000,
  });
}

export function setAccountAssignment(accountNumber: string, staffId: string, assigned: boolean): Promise<StaffList> {
  return apiRequest(`/accounts/${encodeURIComponent(accountNumber)}/assignments/${encodeURIComponent(staffId)}`, {
    method: assigned ? 'PUT' : 'DELETE',
    schema: staffListSchema,
  });
}

/** Many accounts at once, from a board's selection. */
export function assignAccounts(body: BulkAssignmentBody) {
  return apiRequest('/assignments', { method: 'POST', body, schema: bulkAssignmentResultSchema });
}
