/*
 * At most `limit` tests of one integration in any `windowMs` (default 10 a minute). A test sends
 * the stored key to the provider and reports what came back; whatever side channel a test result
 * may still have, a page that can only press "Test" learns it slowly. Counted per integration:
 * testing many different keys once each (test all) is not slowed.
 */

export interface TestRateLimitOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

export const DEFAULT_TESTS_PER_WINDOW = 10;
export const DEFAULT_TEST_WINDOW_MS = 60_000;

export class TestRateLimit {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #starts = new Map<string, number[]>();

  constructor(options: TestRateLimitOptions = {}) {
    this.#limit = options.limit ?? DEFAULT_TESTS_PER_WINDOW;
    this.#windowMs = options.windowMs ?? DEFAULT_TEST_WINDOW_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Counts a test of `id` and returns 0, or returns the seconds to wait (and counts nothing). */
  take(id: string): number {
    const now = this.#now();
    this.#forgetBefore(now - this.#windowMs);
    const starts = this.#starts.get(id) ?? [];
    if (starts.length >= this.#limit) {
      return Math.max(1, Math.ceil((starts[0]! + this.#windowMs - now) / 1000));
    }
    starts.push(now);
    this.#starts.set(id, starts);
    return 0;
  }

  /** Drops starts older than the window, and ids left with none (the map stays small). */
  #forgetBefore(cutoff: number): void {
    for (const [id, starts] of this.#starts) {
      while (starts.length > 0 && starts[0]! <= cutoff) starts.shift();
      if (starts.length === 0) this.#starts.delete(id);
    }
  }
}
