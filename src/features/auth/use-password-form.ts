import { useState } from 'react';
import { ApiError } from '../../api/client';
import { passwordProblem } from '../../domain/password-rules';

/**
 * The state of a form that sets a password (setup, invite, profile): what was
 * typed, kept on every failure, and the field errors: checked here for what
 * the console can know (length), and taken from the server's refusal for the
 * rest (the common-password list lives on the server). `onEdit` runs on every
 * keystroke, for a form that clears a "done" note when edited again.
 */
export function usePasswordForm<F extends string>(initial: Record<F, string>, onEdit?: () => void) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    values,
    errors,
    formError,
    /** Props for the TextField of one field: its value, error and an onChange that clears that error. */
    field: (name: F) => ({
      value: values[name],
      error: errors[name],
      onChange: (event: { target: { value: string } }) => {
        setValues((previous) => ({ ...previous, [name]: event.target.value }));
        setErrors((previous) => ({ ...previous, [name]: undefined }));
        onEdit?.();
      },
    }),
    /** Shows the problems found before sending; true when there are none. */
    check: (found: Partial<Record<F, string | null>>) => {
      const next = Object.fromEntries(Object.entries(found).filter(([, value]) => value)) as Partial<Record<F, string>>;
      setErrors(next);
      setFormError(null);
      return Object.keys(next).length === 0;
    },
    /** The server's refusal: on its fields when it names them, above the form otherwise. */
    fail: (error: Error) => {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      if (Object.keys(fields).length > 0) setErrors(fields as Partial<Record<F, string>>);
      else setFormError(error.message);
    },
    /** Empties the fields after a success (a changed password is not left on screen). */
    reset: () => setValues(initial),
  };
}

/** What the console can check of a new password before sending it: the length rules (the list is the server's). */
export const localPasswordProblem = (password: string) => passwordProblem(password);
