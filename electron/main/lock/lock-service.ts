import type { AutoLockMinutes, LockState, UnlockInput } from '../../../shared/lock.ts';
import { MAX_UNLOCK_TRIES } from '../../../shared/lock.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Logger } from '../logging/logger.ts';
import type { Clock, TimerHandle } from '../offline/clock.ts';

/** The answers of the verifier that cost a try. */
const WRONG_TRY_REASONS: ReadonlySet<string> = new Set([
  'wrong_credentials',
  'second_factor_code_wrong',
]);

/*
 * Auto-lock (issue #13 §3), without Electron: the composition root feeds it the system's idle
 * time and its lock-screen / suspend events (powerMonitor), the harness a fake of both.
 *
 * Idle is the SYSTEM's idle time (`powerMonitor.getSystemIdleTime()`), polled, not activity the
 * page reports: it also counts while the window is hidden or minimised (no page events then),
 * needs no extra channel, and a compromised page cannot keep the app unlocked by faking
 * activity. It is what Bitwarden's desktop app does (PowerMonitorMain polls
 * getSystemIdleTime). The cost, one cheap OS call per poll, is paid only while unlocked and
 * signed in with locking on.
 * https://www.electronjs.org/docs/latest/api/power-monitor#powermonitorgetsystemidletime
 */

/** How often the idle time is read: a lock comes at most this late. */
export const IDLE_POLL_MS = 10_000;

/** Why the app locked (logs and tests; the page needs only "locked"). */
export type LockCause = 'idle' | 'system' | 'manual' | 'start';

/**
 * Checks what the person typed on the unlock screen: the account password against Auth, or a
 * second-factor code on the real session (electron/main/session/unlock-check.ts). Throws
 * AppError: a wrong password (`wrong_credentials`) or code (`second_factor_code_wrong`) counts as
 * a wrong try, anything else (rate limit, offline, an expired challenge) does not.
 */
export type UnlockVerifier = (input: UnlockInput) => Promise<void>;

export interface LockServiceOptions {
  /** Seconds since the person last touched keyboard or mouse, anywhere on the system. */
  idleSeconds: () => number;
  /** The preference (shared/lock.ts `autoLockMinutesOf`): minutes, or null when locking is off. */
  idleMinutes: () => Promise<AutoLockMinutes | null>;
  /** True when someone is signed in: there is nothing to lock otherwise. */
  signedIn: () => boolean;
  verify: UnlockVerifier;
  /** The app's sign-out (running tests put back, session removed from the keychain). */
  signOut: () => Promise<unknown>;
  /** Called on every lock (after the state changed): cancels the running tests. */
  onLocked: () => Promise<void>;
  /** Every change of the lock state (the page's `lock:changed`). */
  onChange: (state: LockState) => void;
  logger: Logger;
  clock: Clock;
  pollMs?: number;
}

export class LockService {
  readonly #options: LockServiceOptions;
  #locked = false;
  #triesLeft = MAX_UNLOCK_TRIES;
  #timer: TimerHandle | null = null;
  #running = false;
  /** One unlock at a time, so two quick tries cannot both spend the same count. */
  #unlocking: Promise<unknown> = Promise.resolve();

  constructor(options: LockServiceOptions) {
    this.#options = options;
  }

  state(): LockState {
    return { locked: this.#locked, triesLeft: this.#triesLeft };
  }

  isLocked(): boolean {
    return this.#locked;
  }

  /** Starts watching the idle time. */
  start(): void {
    this.#running = true;
    this.#schedule();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Locks now; a no-op when already locked or when nobody is signed in. */
  async lock(cause: LockCause): Promise<LockState> {
    if (this.#locked || !this.#options.signedIn()) return this.state();
    this.#locked = true;
    this.#triesLeft = MAX_UNLOCK_TRIES;
    this.#options.logger.info('Locked', { cause });
    this.#options.onChange(this.state());
    try {
      await this.#options.onLocked();
    } catch (error) {
      this.#options.logger.warn('Could not cancel the running tests on lock', { error });
    }
    return this.state();
  }

  /**
   * The system's lock screen or sleep locks at once, whatever the idle time; "Nunca" turns
   * auto-lock off entirely (the person chose to keep the app open), so not then.
   */
  async onSystemEvent(event: 'lock-screen' | 'suspend'): Promise<void> {
    if ((await this.#options.idleMinutes()) === null) return;
    this.#options.logger.debug('System event', { event });
    await this.lock('system');
  }

  /**
   * Unlocks with the password or code. A wrong one costs a try; the last one signs out (the lock then
   * ends: the sign-in screen is the gate) and answers `unlock_tries_exhausted`.
   */
  unlock(input: UnlockInput): Promise<LockState> {
    const attempt = this.#unlocking.then(() => this.#unlockOnce(input));
    this.#unlocking = attempt.catch(() => undefined);
    return attempt;
  }

  /** The session ended (sign-out, or the server ended it): nothing is left to lock. */
  onSignedOut(): void {
    if (!this.#locked && this.#triesLeft === MAX_UNLOCK_TRIES) return;
    this.#release();
  }

  async #unlockOnce(input: UnlockInput): Promise<LockState> {
    if (!this.#locked) return this.state();
    try {
      await this.#options.verify(input);
    } catch (error) {
      if (!(error instanceof AppError) || !WRONG_TRY_REASONS.has(error.reason)) throw error;
      this.#triesLeft -= 1;
      this.#options.logger.info('Wrong unlock try', {
        method: input.method,
        triesLeft: this.#triesLeft,
      });
      if (this.#triesLeft > 0) {
        this.#options.onChange(this.state());
        // The verifier's own reason (password or code), with what is left; never its cause.
        throw new AppError(error.code, error.reason, {
          field: input.method === 'password' ? 'password' : 'code',
          params: { triesLeft: this.#triesLeft },
        });
      }
      this.#options.logger.info('Too many wrong unlock passwords; signing out');
      await this.#options.signOut();
      this.#release();
      throw new AppError('not_authenticated', 'unlock_tries_exhausted');
    }
    this.#release();
    this.#options.logger.info('Unlocked');
    return this.state();
  }

  #release(): void {
    this.#locked = false;
    this.#triesLeft = MAX_UNLOCK_TRIES;
    this.#options.onChange(this.state());
    this.#schedule();
  }

  #schedule(): void {
    if (!this.#running) return;
    if (this.#timer) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = this.#options.clock.setTimeout(
      () => void this.#poll(),
      this.#options.pollMs ?? IDLE_POLL_MS,
    );
  }

  async #poll(): Promise<void> {
    this.#timer = null;
    try {
      const minutes = await this.#options.idleMinutes();
      if (
        !this.#locked &&
        minutes !== null &&
        this.#options.signedIn() &&
        this.#options.idleSeconds() >= minutes * 60
      ) {
        await this.lock('idle');
      }
    } catch (error) {
      this.#options.logger.warn('Idle check failed', { error });
    } finally {
      if (this.#timer === null) this.#schedule();
    }
  }
}
