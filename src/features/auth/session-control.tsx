import { useQuery } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { config } from '../../api/config';
import { sessionQueryOptions } from '../../api/session';
import { roleLabels } from '../../domain/permissions';
import { useSignOut } from './use-sign-in';
import './sign-in.css';

/** The header's "who is signed in", and in live mode the way out. */
export function SessionControl() {
  const session = useQuery(sessionQueryOptions());
  const signOut = useSignOut();
  const router = useRouter();
  if (!session.data) return null;
  const { staff, msp } = session.data;

  return (
    <div className="session-control">
      <p
        className="session-control__who"
        aria-label={`Signed in as ${staff.email} (${roleLabels[staff.role]}), ${msp.name}`}
      >
        <span className="session-control__msp">{msp.name}</span>
        <span className="session-control__email" title={staff.name ?? staff.email}>
          {staff.email}
        </span>
        <span className="session-control__role">{roleLabels[staff.role]}</span>
      </p>
      {config.demoMode ? null : (
        <button
          type="button"
          className="button button--small"
          disabled={signOut.isPending}
          onClick={() =>
            signOut.mutate(undefined, {
              // Signed out on the server or not (it may be down), this browser forgets the session.
              onSettled: () => void router.navigate({ to: '/sign-in', replace: true }),
            })
          }
        >
          Sign out
        </button>
      )}
    </div>
  );
}
