import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { config } from '../../api/config';
import { sessionQueryOptions } from '../../api/session';
import { changePassword, endOwnSession, ownSessionsQueryOptions, teamKeys } from '../../api/team';
import { formatInstant } from '../../components/format';
import { TextField } from '../../components/text-field';
import { roleLabels } from '../../domain/permissions';
import { FormAlert } from '../../components/form-alert';
import { NewPasswordField } from './new-password-field';
import { localPasswordProblem, usePasswordForm } from './use-password-form';
import './profile.css';

/** /profile: who you are, your sessions (end any), and your password. */
export function ProfilePage() {
  const session = useQuery(sessionQueryOptions());
  return (
    <section className="page profile-page">
      <header>
        <h1>Your sign-in</h1>
        {session.data ? (
          <p className="muted">
            {session.data.staff.name ?? session.data.staff.email} · {session.data.staff.email} ·{' '}
            {roleLabels[session.data.staff.role]} at {session.data.msp.name}
          </p>
        ) : null}
      </header>
      {config.demoMode ? (
        <p className="muted">The demo signs its staff in by itself: sessions and passwords exist in live mode only.</p>
      ) : (
        <>
          <OwnSessions />
          <ChangePasswordForm />
        </>
      )}
    </section>
  );
}

function OwnSessions() {
  const sessions = useQuery(ownSessionsQueryOptions());
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: endOwnSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamKeys.ownSessions }),
  });
  return (
    <section className="profile-card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Your sessions</h2>
      <FormAlert message={sessions.error?.message} />
      <ul className="profile-list">
        {(sessions.data?.items ?? []).map((item) => (
          <li key={item.id}>
            <span>
              <strong>{item.device}</strong>
              {item.current ? <span className="badge badge--info">This session</span> : null}
              <span className="muted">
                {' '}
                {item.client ?? ''} · signed in {formatInstant(item.createdAt)} · last seen{' '}
                {formatInstant(item.lastSeenAt)}
              </span>
            </span>
            {item.current ? null : (
              <button
                type="button"
                className="button button--small"
                aria-label={`End the session on ${item.device}, last seen ${formatInstant(item.lastSeenAt)}`}
                disabled={end.isPending}
                onClick={() => end.mutate(item.id)}
              >
                End session
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

type Field = 'currentPassword' | 'newPassword';

function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const form = usePasswordForm<Field>({ currentPassword: '', newPassword: '' }, () => setDone(false));
  const { values, field } = form;
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.ownSessions }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check({
      currentPassword: values.currentPassword ? null : 'Enter your current password',
      newPassword: localPasswordProblem(values.newPassword),
    });
    if (!ok || change.isPending) return;
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
      onError: form.fail,
    });
  };
  return (
    <section className="profile-card" aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <form noValidate onSubmit={submit} aria-busy={change.isPending} className="password-form">
        <FormAlert message={form.formError} />
        {done ? <p role="status">Password changed. Your other sessions have ended.</p> : null}
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...field('currentPassword')}
        />
        <NewPasswordField label="New password" {...field('newPassword')} />
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          Change password
        </button>
      </form>
    </section>
  );
}
