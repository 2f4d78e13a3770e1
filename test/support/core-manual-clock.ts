import type { Clock, TimerHandle } from '../../electron/main/offline/clock.ts';

/**
 * A clock whose timers fire only when the test says so, so a reconnect loop with minute-long
 * backoff runs in milliseconds and its delays can be asserted.
 */
export class ManualClock implements Clock {
  #now: number;
  #nextId = 0;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.now()) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.#now + ms, callback });
    return { id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle.id as number);
  }

  /** Delays (from now) of the pending timers, soonest first. */
  pendingDelays(): number[] {
    return [...this.#timers.values()].map((timer) => timer.at - this.#now).sort((a, b) => a - b);
  }

  /** Moves time to the soonest timer and fires it; false when none is pending. */
  fireNext(): boolean {
    const next = [...this.#timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    if (!next) return false;
    const [id, timer] = next;
    this.#timers.delete(id);
    this.#now = Math.max(this.#now, timer.at);
    timer.callback();
    return true;
  }
}
