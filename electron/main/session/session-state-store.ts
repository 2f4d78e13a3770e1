import type { SessionState } from '../../../shared/session.ts';

export type SessionStateListener = (state: SessionState) => void;

/** The current `SessionState` and its subscribers; emits only real changes. */
export class SessionStateStore {
  #state: SessionState;
  readonly #listeners = new Set<SessionStateListener>();

  constructor(initial: SessionState) {
    this.#state = initial;
  }

  get(): SessionState {
    return this.#state;
  }

  update(patch: Partial<SessionState>): void {
    const next = { ...this.#state, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.#state)) return;
    this.#state = next;
    for (const listener of this.#listeners) {
      try {
        listener(next);
      } catch {
        // A failing subscriber (a closed window) must not stop the others.
      }
    }
  }

  subscribe(listener: SessionStateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
