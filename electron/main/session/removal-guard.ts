import type { AuthVerdict } from './auth-verdict.ts';

/**
 * Decides whether auth-js may remove the stored session. It may when the user signs out, or when
 * the last answer from GoTrue on a session route said the session is invalid; any other removal
 * (after a 5xx, a 429, a proxy error, an unknown code) is ignored so the user stays signed in and
 * the next refresh tries again. This is the "ignore removal unless the cause was an auth error"
 * design: the stored session is the source of truth, auth-js only proposes changes to it.
 */
export class SessionRemovalGuard {
  #signOuts = 0;
  #lastVerdict: AuthVerdict | null = null;

  noteVerdict(verdict: AuthVerdict): void {
    this.#lastVerdict = verdict;
  }

  get lastVerdict(): AuthVerdict | null {
    return this.#lastVerdict;
  }

  /** Runs a user-initiated sign-out (or sign-in replacing a session) with removal allowed. */
  async allowingRemoval<T>(operation: () => Promise<T>): Promise<T> {
    this.#signOuts += 1;
    try {
      return await operation();
    } finally {
      this.#signOuts -= 1;
    }
  }

  mayRemoveSession(): boolean {
    if (this.#signOuts > 0) return true;
    if (this.#lastVerdict === 'rejected') {
      // One rejection authorizes one removal.
      this.#lastVerdict = null;
      return true;
    }
    return false;
  }
}
