import { useState } from 'react';
import { TextField } from '../../components/text-field';
import { readSeats } from './seats-input';

/**
 * What was typed in a seats box and what it reads as. An empty box is not
 * called wrong while the user has not yet tried to confirm; anything else
 * that cannot be a seat count is, as it is typed.
 */
export function useSeatsInput(initial: string, monitoredUsers: number) {
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState(false);
  const read = readSeats(text, monitoredUsers);
  return {
    text,
    setText,
    seats: 'seats' in read ? read.seats : null,
    error: 'error' in read && (checked || !read.empty) ? read.error : undefined,
    /** The user tried to confirm: from now on an empty box says so. */
    check: () => setChecked(true),
  };
}

/** The Seats box of the upgrade and change-seats dialogs: the typed text's problem first, then the server's. */
export function SeatsField({
  input,
  error,
  hint,
}: {
  input: ReturnType<typeof useSeatsInput>;
  error: string | undefined;
  hint: string;
}) {
  return (
    <TextField
      label="Seats"
      name="seats"
      inputMode="numeric"
      autoComplete="off"
      value={input.text}
      onChange={(event) => input.setText(event.target.value)}
      error={error}
      hint={hint}
    />
  );
}
