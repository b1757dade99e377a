import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { SIGN_IN_REFUSED } from '../../api/session-contract';
import { TextField } from '../../components/text-field';
import { AuthCard } from './auth-card';
import { useSignIn } from './use-sign-in';

const route = getRouteApi('/sign-in');

interface FieldErrors {
  email?: string;
  password?: string;
}

function messageFor(error: Error): string {
  if (error instanceof ApiError && error.status === 401) return `${SIGN_IN_REFUSED}.`;
  return error.message;
}

/** The live console's front door: email and password, and back to where the user was. */
export function SignInPage() {
  const { redirect } = route.useSearch();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const alertId = useId();
  const mutation = useSignIn();

  useEffect(() => {
    // The alert is announced, and focus moves to it so keyboard users start again from the message.
    if (formError) alert.current?.focus();
  }, [formError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const missing: FieldErrors = {};
    if (email.trim() === '') missing.email = 'Enter your email address';
    if (password === '') missing.password = 'Enter your password';
    setErrors(missing);
    setFormError(null);
    if (missing.email || missing.password) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    mutation.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void router.navigate({ href: redirect ?? '/paid', replace: true }),
        onError: (error) => setFormError(messageFor(error)),
      },
    );
  };

  return (
    <AuthCard>
      <h1 className="sign-in__title">Sign in</h1>
      <p className="sign-in__lead">Use the staff account your MSP gave you.</p>
      <form
        ref={form}
        noValidate
        onSubmit={submit}
        aria-busy={mutation.isPending}
        aria-describedby={formError ? alertId : undefined}
      >
        {formError ? (
          <div className="form-error" role="alert" id={alertId} ref={alert} tabIndex={-1}>
            {formError}
          </div>
        ) : null}
        <TextField
          label="Email address"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (errors.email) setErrors((previous) => ({ ...previous, email: undefined }));
          }}
          error={errors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            if (errors.password) setErrors((previous) => ({ ...previous, password: undefined }));
          }}
          error={errors.password}
        />
        <button type="submit" className="button button--primary sign-in__submit" disabled={mutation.isPending}>
          {mutation.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Sign in
        </button>
      </form>
    </AuthCard>
  );
}
