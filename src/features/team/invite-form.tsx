import { useId, useState, type FormEvent } from 'react';
import { routeRefusal } from '../../api/client';
import type { CreatedInvite } from '../../api/team-contract';
import { TextField } from '../../components/text-field';
import { emailProblem } from '../../domain/email';
import { roleLabels, roles, type Role } from '../../domain/permissions';
import { INVITE_HOURS } from '../../domain/staff-rules';
import { useInviteStaff } from './use-team';
import { FormAlert } from '../../components/form-alert';

/** Invite by email with a role; the link is shown once, to copy (the server keeps only its hash). */
export function InviteForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('technician');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [copied, setCopied] = useState(false);
  const roleId = useId();
  const invite = useInviteStaff();
  const link = created ? `${globalThis.location.origin}${created.link}` : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = emailProblem(email);
    setError(problem ?? undefined);
    setFormError(null);
    if (problem) return;
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (result) => {
          setCreated(result);
          setCopied(false);
          setEmail('');
        },
        onError: routeRefusal('email', setError, (failure) => setFormError(failure.message)),
      },
    );
  };

  return (
    <section className="team-card" aria-labelledby={`${roleId}-title`}>
      <h2 id={`${roleId}-title`}>Invite a staff member</h2>
      <form className="invite-form" noValidate onSubmit={submit} aria-busy={invite.isPending}>
        <FormAlert message={formError} />
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          error={error}
          onChange={(event) => {
            setEmail(event.target.value);
            setError(undefined);
          }}
        />
        <div className="field">
          <label className="field__label" htmlFor={roleId}>
            Role
          </label>
          <select
            id={roleId}
            className="field__input"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {roleLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={invite.isPending}>
          Create invite link
        </button>
      </form>
      {created ? (
        <div className="invite-link" role="status">
          <p>
            Invite link for <strong>{created.invite.email}</strong> ({roleLabels[created.invite.role]}). It works once,
            for {INVITE_HOURS} hours, and is shown only now: copy it and send it to them.
          </p>
          <div className="invite-link__row">
            <input
              className="field__input"
              readOnly
              value={link}
              aria-label="Invite link"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="button"
              onClick={() =>
                void navigator.clipboard?.writeText(link).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? 'Copied' : 'Copy link'}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
