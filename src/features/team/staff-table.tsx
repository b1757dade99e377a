import { useState } from 'react';
import type { StaffMember } from '../../api/team-contract';
import { formatInstant } from '../../components/format';
import { roleLabels, roles, type Role } from '../../domain/permissions';
import { useChangeRole, useDeactivateStaff } from './use-team';
import { ScrollRegion } from '../../components/scroll-region';
import { FormAlert } from '../../components/form-alert';

/** The MSP's staff: role (changeable), status, last seen, and deactivation behind a confirmation. */
export function StaffTable({ staff, myId }: { staff: StaffMember[]; myId: string }) {
  const changeRole = useChangeRole();
  const deactivate = useDeactivateStaff();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onError = (failure: Error) => setError(failure.message);

  return (
    <section className="team-card" aria-labelledby="staff-title">
      <h2 id="staff-title">Staff</h2>
      <FormAlert message={error} />
      <ScrollRegion label="Staff of your MSP">
        <table className="data-table">
          <caption className="visually-hidden">Staff of your MSP</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last seen</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => {
              const label = member.name ?? member.email;
              const active = member.status === 'active';
              return (
                <tr key={member.id}>
                  <td>
                    {label}
                    {member.id === myId ? <span className="muted"> (you)</span> : null}
                  </td>
                  <td>{member.email}</td>
                  <td>
                    {active ? (
                      <select
                        className="field__input team-role"
                        aria-label={`Role of ${label}`}
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(event) => {
                          setError(null);
                          changeRole.mutate({ id: member.id, role: event.target.value as Role }, { onError });
                        }}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {roleLabels[role]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      roleLabels[member.role]
                    )}
                  </td>
                  <td>
                    <span className={`badge ${active ? 'badge--success' : 'badge--neutral'}`}>
                      {active ? 'Active' : 'Deactivated'}
                    </span>
                  </td>
                  <td>{member.lastSeenAt ? formatInstant(member.lastSeenAt) : <span className="muted">Never</span>}</td>
                  <td className="team-actions">
                    {!active ? null : confirming === member.id ? (
                      <span className="team-confirm">
                        <span>Their sessions end at once.</span>
                        <button
                          type="button"
                          className="button button--danger button--small"
                          disabled={deactivate.isPending}
                          onClick={() => {
                            setError(null);
                            deactivate.mutate(member.id, { onError, onSettled: () => setConfirming(null) });
                          }}
                        >
                          Confirm deactivation of {label}
                        </button>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Deactivate ${label}`}
                        onClick={() => setConfirming(member.id)}
                      >
                        Deactivate
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
