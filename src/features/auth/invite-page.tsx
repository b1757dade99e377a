import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { config } from '../../api/config';
import { sessionKeys } from '../../api/session';
import { acceptInvite, invitationQueryOptions } from '../../api/team';
import { TextField } from '../../components/text-field';
import { roleLabels } from '../../domain/permissions';
import { AuthCard } from './auth-card';
import { FormAlert } from '../../components/form-alert';
import { NewPasswordField } from './new-password-field';
import { localPasswordProblem, usePasswordForm } from './use-password-form';

const route = getRouteApi('/invite/$token');

type Field = 'name' | 'password';

/** /invite/<token>: the invitee sets their name and password, and is signed in. */
export function InvitePage() {
  const { token } = route.useParams();
  const invitation = useQuery({ ...invitationQueryOptions(token), enabled: !config.demoMode });
  const form = usePasswordForm<Field>({ name: '', password: '' });
  const { values, field } = form;
  const queryClient = useQueryClient();
  const router = useRouter();
  const accept = useMutation({
    mutationFn: (body: Record<Field, string>) => acceptInvite(token, body),
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKeys.current, session);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check({
      name: values.name.trim() ? null : 'Enter your name',
      password: localPasswordProblem(values.password),
    });
    if (!ok || accept.isPending) return;
    accept.mutate(values, { onSuccess: () => void router.navigate({ to: '/', replace: true }), onError: form.fail });
  };

  return (
    <AuthCard>
      {config.demoMode ? (
        <>
          <h1 className="sign-in__title">Invites work in live mode</h1>
          <p className="sign-in__lead">
            The demo signs its staff in by itself, so an invite link cannot be accepted here.
          </p>
        </>
      ) : invitation.isPending ? (
        <p className="sign-in__lead" role="status">
          Opening your invite…
        </p>
      ) : invitation.isError ? (
        <>
          <h1 className="sign-in__title">This invite link no longer works</h1>
          <p className="sign-in__lead">{invitation.error.message}</p>
        </>
      ) : (
        <>
          <h1 className="sign-in__title">Join {invitation.data.mspName}</h1>
          <p className="sign-in__lead">
            You are invited as {roleLabels[invitation.data.role]} with {invitation.data.email}. Choose your name and
            password.
          </p>
          <form noValidate onSubmit={submit} aria-busy={accept.isPending}>
            <FormAlert message={form.formError} />
            <TextField label="Your name" autoComplete="name" {...field('name')} />
            <NewPasswordField {...field('password')} />
            <button type="submit" className="button button--primary sign-in__submit" disabled={accept.isPending}>
              Join and sign in
            </button>
          </form>
        </>
      )}
    </AuthCard>
  );
}
