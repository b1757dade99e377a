import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { sessionQueryOptions } from '../../api/session';
import { teamQueryOptions } from '../../api/team';
import { formatInstant } from '../../components/format';
import { roleLabels } from '../../domain/permissions';
import { InviteForm } from './invite-form';
import { StaffTable } from './staff-table';
import { TeamsSection } from './teams-section';
import { useRevokeInvite } from './use-team';
import './team.css';

/** /team (Admins): who is on the team, who is invited, and the changes an Admin makes to both. */
export function TeamPage() {
  const { data: team } = useSuspenseQuery(teamQueryOptions());
  const session = useQuery(sessionQueryOptions());
  const revoke = useRevokeInvite();
  return (
    <section className="page team-page">
      <header>
        <h1>Team</h1>
        <p className="muted">
          Staff of your MSP and their roles. Deactivating someone ends their sessions at once; their history keeps their
          name. Your MSP always keeps at least one Admin.
        </p>
      </header>
      <InviteForm />
      {team.invites.length > 0 ? (
        <section className="team-card" aria-labelledby="invites-title">
          <h2 id="invites-title">Open invites</h2>
          <ul className="team-invites">
            {team.invites.map((invite) => (
              <li key={invite.id}>
                <span>
                  <strong>{invite.email}</strong> as {roleLabels[invite.role]}, by {invite.invitedBy}; expires{' '}
                  {formatInstant(invite.expiresAt)}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Revoke the invite to ${invite.email}`}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(invite.id)}
                >
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StaffTable staff={team.staff} myId={session.data?.staff.id ?? ''} />
      <TeamsSection staff={team.staff} />
    </section>
  );
}
