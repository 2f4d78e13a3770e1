import type { LockSource } from '../../electron/main/app/lock-wiring.ts';
import type { AutoLockMinutes } from '../../shared/lock.ts';
import { ManualClock } from './core-manual-clock.ts';

/** The fake's poll interval: each `pass` step is one check of the idle time. */
const POLL_MS = 60_000;

/**
 * The system's idle time and the auto-lock poll's clock, moved by the test instead of waited for:
 * stands in for powerMonitor.getSystemIdleTime and the poll's timer. The app's own LockService
 * polls it exactly as it polls Electron.
 */
export class FakeIdle {
  readonly clock = new ManualClock(0);
  /** Seconds since the last "input". */
  seconds = 0;

  /** For AppServicesOptions.idle (the e2e harness). */
  appIdle(): { seconds: () => number; clock: ManualClock; pollMs: number } {
    return { seconds: () => this.seconds, clock: this.clock, pollMs: POLL_MS };
  }

  /** For ConnectedServicesOptions.lock (the core harness), with the preference's minutes. */
  source(minutes: () => AutoLockMinutes | null): LockSource {
    return {
      idleSeconds: () => this.seconds,
      minutes: () => Promise.resolve(minutes()),
      clock: this.clock,
      pollMs: POLL_MS,
    };
  }

  /** Someone touched the keyboard. */
  touch(): void {
    this.seconds = 0;
  }

  /**
   * Lets `seconds` of idle pass, one poll at a time, and waits for each check (and a lock it
   * causes: running tests cancelled) to finish.
   */
  async pass(seconds: number): Promise<void> {
    for (let left = seconds; left > 0; left -= POLL_MS / 1000) {
      this.seconds += Math.min(left, POLL_MS / 1000);
      if (!this.clock.fireNext()) return;
      await this.#settled();
    }
  }

  /** Until the poll has scheduled its next check (it does so once the check is done). */
  async #settled(): Promise<void> {
    for (let i = 0; i < 500 && this.clock.pendingDelays().length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
