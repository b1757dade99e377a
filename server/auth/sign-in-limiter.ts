/**
 * A modest brake on password guessing: at most `limit` failed sign-ins per
 * email address in a sliding window. Counted per address rather than per
 * client, since behind a proxy every client shares one. Kept in the process's
 * memory: with several servers each keeps its own count, which still bounds a
 * guesser. A success clears the count.
 */
export class SignInLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  retryAfter(key: string, now = Date.now()): number {
    const times = this.recent(key, now);
    return times.length >= this.limit ? Math.ceil((times[0]! + this.windowMs - now) / 1000) : 0;
  }

  fail(key: string, now = Date.now()): void {
    // A flood of made-up addresses must not grow the map without end.
    if (this.failures.size > 100_000) this.failures.clear();
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
