import { emailProblem } from './email';
import { cleanOrganizationName, organizationNameProblem } from './organization-name';

export interface NewAccountInput {
  email: string;
  organizationName: string;
}

export type NewAccountField = keyof NewAccountInput;
export type FieldErrors = Partial<Record<NewAccountField, string>>;

export type NewAccountCheck = { ok: true; value: NewAccountInput } | { ok: false; errors: FieldErrors };

/**
 * The one check of a new customer's fields: the dialog runs it before sending,
 * the API runs it again because the API is the authority.
 */
export function checkNewAccount(input: NewAccountInput): NewAccountCheck {
  const errors: FieldErrors = {};
  const email = emailProblem(input.email);
  if (email) errors.email = email;
  const organizationName = organizationNameProblem(input.organizationName);
  if (organizationName) errors.organizationName = organizationName;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { email: input.email.trim(), organizationName: cleanOrganizationName(input.organizationName) },
  };
}
