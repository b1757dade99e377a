import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { sessionKeys } from '../../api/session';
import { completeSetup, setupQueryOptions } from '../../api/team';
import { TextField } from '../../components/text-field';
import { emailProblem } from '../../domain/email';
import { AuthCard } from './auth-card';
import { FormAlert } from '../../components/form-alert';
import { NewPasswordField } from './new-password-field';
import { localPasswordProblem, usePasswordForm } from './use-password-form';

type Field = 'mspName' | 'name' | 'email' | 'password' | 'code';

/** The first start: create the MSP and its first Admin. Open until an Admin exists. */
export function SetupPage() {
  const { data: state } = useSuspenseQuery(setupQueryOptions());
  const form = usePasswordForm<Field>({ mspName: '', name: '', email: '', password: '', code: '' });
  const { values, field } = form;
  const queryClient = useQueryClient();
  const router = useRouter();
  const setup = useMutation({
    mutationFn: completeSetup,
    onSuccess: () => {
      queryClient.removeQueries();
      void queryClient.invalidateQueries({ queryKey: sessionKeys.current });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check({
      mspName: values.mspName.trim() ? null : 'Enter your MSP’s name',
      name: values.name.trim() ? null : 'Enter your name',
      email: emailProblem(values.email),
      password: localPasswordProblem(values.password),
      code: state.codeRequired && !values.code.trim() ? 'Enter the setup code from the server’s log' : null,
    });
    if (!ok || setup.isPending) return;
    setup.mutate(
      {
        mspName: values.mspName,
        name: values.name,
        email: values.email,
        password: values.password,
        ...(state.codeRequired ? { code: values.code } : {}),
      },
      { onSuccess: () => void router.navigate({ to: '/paid', replace: true }), onError: form.fail },
    );
  };

  return (
    <AuthCard>
      {state.open ? (
        <>
          <h1 className="sign-in__title">Set up your Command Center</h1>
          <p className="sign-in__lead">Create your MSP and its first Admin. This page closes once you are done.</p>
          <form noValidate onSubmit={submit} aria-busy={setup.isPending}>
            <FormAlert message={form.formError} />
            <TextField label="MSP name" autoComplete="organization" {...field('mspName')} />
            <TextField label="Your name" autoComplete="name" {...field('name')} />
            <TextField
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              {...field('email')}
            />
            <NewPasswordField {...field('password')} />
            {state.codeRequired ? (
              <TextField
                label="Setup code"
                autoComplete="off"
                hint="You are not on the server’s machine: enter the code the server printed in its log when it started."
                {...field('code')}
              />
            ) : null}
            <button type="submit" className="button button--primary sign-in__submit" disabled={setup.isPending}>
              Create MSP and Admin
            </button>
          </form>
        </>
      ) : (
        <>
          <h1 className="sign-in__title">Setup is done</h1>
          <p className="sign-in__lead">
            This Command Center already has its Admin. <a href="/sign-in">Sign in</a>, or ask an Admin to invite you.
          </p>
        </>
      )}
    </AuthCard>
  );
}
