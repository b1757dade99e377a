/** A refusal that belongs to no one field, above the form, announced as it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <div className="form-error" role="alert">
      {message}
    </div>
  ) : null;
}
