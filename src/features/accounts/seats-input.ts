import { accountRules } from '../../domain/account-rules';
import { minimumSeats } from '../../domain/lifecycle/lifecycle-rules';

/** Reads a typed seat count, or says why it cannot be used; the API checks the same again. */
export function readSeats(
  text: string,
  monitoredUsers: number,
): { seats: number } | { error: string; empty?: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter the number of seats', empty: true };
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter a whole number of seats' };
  const seats = Number(trimmed);
  const least = minimumSeats({ monitoredUsers });
  if (seats < least)
    return {
      // Worded as the API words it, so the message does not change when the server answers instead.
      error:
        seats >= 1
          ? `This account monitors ${monitoredUsers} users, so it needs at least ${least} seats. ` +
            `Remove ${monitoredUsers - seats} users first to go down to ${seats}.`
          : 'Choose at least 1 seat',
    };
  if (seats > accountRules.maxSeats)
    return { error: `Choose at most ${accountRules.maxSeats.toLocaleString()} seats.` };
  return { seats };
}
