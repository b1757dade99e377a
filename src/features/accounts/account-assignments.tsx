import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  accountAssigneesQueryOptions,
  assigneesQueryOptions,
  assignmentKeys,
  setAccountAssignment,
} from '../../api/assignments';
import type { StaffSummary } from '../../api/assignments-contract';
import { useMay } from '../../api/permissions';
import { roleLabels } from '../../domain/permissions';
import { AssigneeSection } from './assignee-section';
import { problemOf } from './problem-of';

const nameOf = (member: StaffSummary) => member.name ?? member.email;

/**
 * Who the account is assigned to (a technician sees only the accounts
 * assigned to them), and for an Admin the control to assign it to someone
 * else or take it back.
 */
export function AccountAssignments({ accountNumber }: { accountNumber: string }) {
  const may = useMay();
  const canAssign = may('assign-accounts');
  const queryClient = useQueryClient();
  const assigned = useQuery(accountAssigneesQueryOptions(accountNumber));
  const everyone = useQuery({ ...assigneesQueryOptions(), enabled: canAssign });
  const change = useMutation({
    mutationFn: ({ staffId, assign }: { staffId: string; assign: boolean }) =>
      setAccountAssignment(accountNumber, staffId, assign),
    onSuccess: (list) => queryClient.setQueryData(assignmentKeys.account(accountNumber), list),
  });

  const current = assigned.data?.staff;
  const others = (everyone.data?.staff ?? []).filter((member) => !current?.some((one) => one.id === member.id));

  return (
    <AssigneeSection
      title="Assigned staff"
      current={current?.map((member) => ({ id: member.id, name: nameOf(member), note: roleLabels[member.role] }))}
      loadFailed={assigned.isError}
      emptyText="Not assigned to anyone yet."
      options={others.map((member) => ({ id: member.id, label: `${nameOf(member)} (${roleLabels[member.role]})` }))}
      canAssign={canAssign}
      pickerLabel="Assign to"
      placeholder="Choose a staff member…"
      assignLabel="Assign"
      unassignLabel={(member) => `Unassign ${member.name}`}
      pending={change.isPending}
      problem={problemOf(change.error, []).form}
      onChange={(staffId, assign, done) => change.mutate({ staffId, assign }, { onSuccess: done })}
    />
  );
}
