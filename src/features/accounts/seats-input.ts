import { seatsProblem } from '../../domain/lifecycle/lifecycle-rules';

/** Reads a typed seat count, or says why it cannot be used; the API checks the same again. */
export function readSeats(
  text: string,
  monitoredUsers: number,
): { seats: number } | { error: string; empty?: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter the number of seats', empty: true };
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter a whole number of seats' };
  const seats = Number(trimmed);
  // The API's own check and wording, so the message does not change when the server answers instead.
  const problem = seatsProblem(monitoredUsers, seats);
  return problem === null ? { seats } : { error: problem };
}
