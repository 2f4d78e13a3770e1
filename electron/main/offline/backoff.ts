/*
 * Delays between reconnect attempts: exponential, capped, with jitter so that many clients that
 * lost the same server do not come back in lock-step ("equal jitter", see
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). Part of each delay
 * is kept fixed, so a retry never fires immediately after a failure.
 */

export interface BackoffOptions {
  /** The first delay, before jitter. */
  baseMs: number;
  /** No delay exceeds this. */
  capMs: number;
  factor: number;
  /** Share of each delay that is randomized (0: none, 1: anywhere between 0 and the delay). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  baseMs: 1_000,
  capMs: 60_000,
  factor: 2,
  jitter: 0.5,
};

/** The delay before retry number `attempt` (0-based); `random` returns a number in [0, 1). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.floor(attempt));
  const ceiling = Math.min(options.capMs, options.baseMs * options.factor ** exponent);
  const jitter = Math.min(1, Math.max(0, options.jitter));
  const fixed = ceiling * (1 - jitter);
  return Math.round(fixed + ceiling * jitter * Math.min(Math.max(random(), 0), 1));
}
