import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, isOutcomeUnknown } from '../../api/client';
import type { Account } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { checkNewAccount, type FieldErrors, type NewAccountInput } from '../../domain/new-account';
import { Dialog, DialogClose } from '../../components/dialog';
import { formatDay } from '../../components/format';
import { TextField } from '../../components/text-field';
import { useActionNotice } from '../../stores/action-notice-store';
import { useNameInUse } from './use-name-in-use';
import { useCreateAccount } from './use-create-account';

const empty: NewAccountInput = { email: '', organizationName: '' };

/** The header's Add Customer button and the dialog it opens; a new account is announced and opened. */
export function AddCustomerDialog({ onCreated }: { onCreated?: (account: Account) => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<NewAccountInput>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const mutation = useCreateAccount();
  const nameInUse = useNameInUse(open ? values.organizationName : '');
  const showNotice = useActionNotice((state) => state.show);
  const navigate = useNavigate();

  const reset = () => {
    setValues(empty);
    setErrors({});
    setFormError(null);
    mutation.reset();
  };

  const onOpenChange = (next: boolean) => {
    // While the account is being created the dialog stays: closing it would hide the outcome.
    if (!next && mutation.isPending) return;
    setOpen(next);
    if (!next) reset();
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const checked = checkNewAccount(values);
    setFormError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    mutation.mutate(checked.value, {
      onSuccess: (account) => {
        setOpen(false);
        reset();
        showNotice(` added as a trial ending ${formatDay(account.trialEndsAt ?? '')}.`, 'success', {
          accountNumber: account.accountNumber,
          name: account.organizationName,
        });
        void navigate({ to: '/accounts/$accountNumber', params: { accountNumber: account.accountNumber } });
        onCreated?.(account);
      },
      onError: (error) => {
        if (error instanceof ApiError && (error.status === 409 || error.status === 422)) {
          const fieldErrors: FieldErrors = {};
          if (error.fieldErrors.email) fieldErrors.email = error.fieldErrors.email;
          if (error.fieldErrors.organizationName) fieldErrors.organizationName = error.fieldErrors.organizationName;
          setErrors(fieldErrors);
          if (Object.keys(fieldErrors).length === 0) setFormError(error.message);
          focusFirstInvalid();
        } else if (isOutcomeUnknown(error)) {
          // The account may have been added. Trying again is safe: a second one would be refused for its email.
          setFormError(
            `It could not be confirmed whether ${checked.value.organizationName} was added: ${error.message} ` +
              'Your entries are kept. If it was added, trying again says its email is already in use.',
          );
        } else {
          setFormError(`${error.message} Your entries are kept: try again.`);
        }
      },
    });
  };

  const update = (field: keyof NewAccountInput) => (event: { target: { value: string } }) => {
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add Customer"
      description={`The customer starts a ${accountRules.trialDays}-day trial today.`}
      trigger={
        <button type="button" className="button button--primary">
          <span aria-hidden="true">+</span> Add Customer
        </button>
      }
    >
      <form ref={form} noValidate onSubmit={submit} aria-busy={mutation.isPending}>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <TextField
          label="Email address"
          name="email"
          // A text box rather than type="email": browsers strip and rewrite an email box's value,
          // and the form must keep exactly what was typed.
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          hint="The customer's primary admin. Each address can hold one account."
          value={values.email}
          onChange={update('email')}
          error={errors.email}
          maxLength={accountRules.emailMaxLength + 20}
        />
        <TextField
          label="Organization name"
          name="organizationName"
          autoComplete="organization"
          value={values.organizationName}
          onChange={update('organizationName')}
          error={errors.organizationName}
          warning={errors.organizationName ? undefined : nameInUse}
          maxLength={accountRules.organizationNameMaxLength + 20}
        />
        <div className="dialog__actions">
          <DialogClose asChild>
            <button type="button" className="button" disabled={mutation.isPending}>
              Cancel
            </button>
          </DialogClose>
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Create account
          </button>
        </div>
      </form>
    </Dialog>
  );
}
