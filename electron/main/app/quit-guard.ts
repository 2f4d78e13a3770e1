/** The part of Electron's `will-quit` event this module uses. */
export interface QuitEvent {
  preventDefault(): void;
}

export interface QuitGuardOptions {
  /** Stops the services: cancels running tests (their rows leave `verifying`), closes stores. */
  stop: () => Promise<void>;
  /** How long the stop may take before the app exits anyway. */
  timeoutMs: number;
  /** Ends the process (`app.exit(0)`; it emits no further `will-quit`). */
  exit: (code: number) => void;
  warn: (message: string, fields?: Record<string, unknown>) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const DEFAULT_QUIT_TIMEOUT_MS = 5_000;

/**
 * A `will-quit` listener that waits for the services to stop. Electron does not wait for async
 * listeners, so the quit is prevented, the stop awaited within a time limit, and the process
 * ended. A stop that fails or hangs is logged and never keeps the app from quitting. A second
 * quit while stopping (the user pressing Cmd+Q twice) waits for the same stop.
 */
export function createQuitGuard(options: QuitGuardOptions): (event: QuitEvent) => void {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let stopping = false;
  return (event) => {
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    let timer: unknown;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimer(() => resolve('timeout'), options.timeoutMs);
    });
    const stopped = Promise.resolve()
      .then(options.stop)
      .then(
        () => 'stopped' as const,
        (error: unknown) => {
          options.warn('quit: stopping the services failed', { error });
          return 'failed' as const;
        },
      );
    void Promise.race([stopped, timedOut]).then((outcome) => {
      clearTimer(timer);
      if (outcome === 'timeout') {
        options.warn('quit: the services did not stop in time', { timeoutMs: options.timeoutMs });
      }
      options.exit(0);
    });
  };
}
