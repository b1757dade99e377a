import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  accountAssigneesQueryOptions,
  assigneesQueryOptions,
  assignmentKeys,
  setAccountAssignment,
} from '../../api/assignments';
import type { StaffSummary } from '../../api/assignments-contract';
import { useMay } from '../../api/permissions';
import { roleLabels } from '../../domain/permissions';
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
  const [chosen, setChosen] = useState('');
  const id = useId();
  const change = useMutation({
    mutationFn: ({ staffId, assign }: { staffId: string; assign: boolean }) =>
      setAccountAssignment(accountNumber, staffId, assign),
    onSuccess: (list) => {
      queryClient.setQueryData(assignmentKeys.account(accountNumber), list);
      setChosen('');
    },
  });
  const problem = problemOf(change.error, []).form;

  const current = assigned.data?.staff ?? [];
  const others = (everyone.data?.staff ?? []).filter((member) => !current.some((one) => one.id === member.id));

  return (
    <section className="account-page__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Assigned staff</h2>
      {assigned.isError ? (
        <p className="muted">Assigned staff could not be loaded.</p>
      ) : !assigned.data ? (
        <p className="muted">Loading…</p>
      ) : current.length === 0 ? (
        <p className="muted">Not assigned to anyone yet.</p>
      ) : (
        <ul className="assignee-list" aria-label="Assigned staff">
          {current.map((member) => (
            <li key={member.id}>
              <span className="assignee-list__name">{nameOf(member)}</span>{' '}
              <span className="muted">{roleLabels[member.role]}</span>
              {canAssign ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Unassign ${nameOf(member)}`}
                  disabled={change.isPending}
                  onClick={() => change.mutate({ staffId: member.id, assign: false })}
                >
                  Unassign
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAssign ? (
        <form
          className="assign-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) change.mutate({ staffId: chosen, assign: true });
          }}
        >
          <label htmlFor={`${id}-staff`}>Assign to</label>
          <select
            id={`${id}-staff`}
            className="field__input"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">Choose a staff member…</option>
            {others.map((member) => (
              <option key={member.id} value={member.id}>
                {nameOf(member)} ({roleLabels[member.role]})
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!chosen || change.isPending}>
            Assign
          </button>
        </form>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem.title}
          {problem.detail ? ` ${problem.detail}` : ''}
        </p>
      ) : null}
    </section>
  );
}
