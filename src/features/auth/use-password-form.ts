import { useState } from 'react';
import { ApiError } from '../../api/client';
import { passwordProblem } from '../../domain/password-rules';

export const PASSWORD_HINT = 'At least 12 characters, and not a common password. A phrase of a few words works well.';

/**
 * Field errors for a form that sets a password: checked here for what the
 * console can know (length), and taken from the server's refusal for the
 * rest (the common-password list lives on the server). Typed values stay.
 */
export function useFieldErrors<F extends string>() {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    errors,
    formError,
    clear: (field: F) => setErrors((previous) => ({ ...previous, [field]: undefined })),
    check: (found: Partial<Record<F, string | null>>) => {
      const next = Object.fromEntries(Object.entries(found).filter(([, value]) => value)) as Partial<Record<F, string>>;
      setErrors(next);
      setFormError(null);
      return Object.keys(next).length === 0;
    },
    fail: (error: Error) => {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      if (Object.keys(fields).length > 0) setErrors(fields as Partial<Record<F, string>>);
      else setFormError(error.message);
    },
  };
}

export const localPasswordProblem = (password: string) => passwordProblem(password);
