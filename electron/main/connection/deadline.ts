/*
 * Bounds a piece of work in time and lets the user cancel it, whether or not the work honours its
 * AbortSignal. Some SDK calls ignore signals (`ClientSecretCredential.getToken`, Google's
 * `getAccessToken`), so the work is raced against the deadline and the cancel signal: the caller
 * gets its answer on time even if the SDK call is still unwinding.
 */

export type DeadlineOutcome<T> =
  { status: 'done'; value: T } | { status: 'timeout' } | { status: 'cancelled' };

export interface DeadlineOptions {
  deadlineMs: number;
  /** The user's cancel signal. */
  signal?: AbortSignal;
}

const TIMEOUT = Symbol('timeout');
const CANCELLED = Symbol('cancelled');

/**
 * Runs `work` with a signal that aborts at the deadline or on cancel, and settles no later than
 * either. A rejection of `work` (before the deadline) is passed on.
 */
export async function runWithDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  options: DeadlineOptions,
): Promise<DeadlineOutcome<T>> {
  if (options.signal?.aborted) return { status: 'cancelled' };
  const controller = new AbortController();
  let onCancel: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<typeof TIMEOUT | typeof CANCELLED>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, options.deadlineMs));
    onCancel = () => resolve(CANCELLED);
    options.signal?.addEventListener('abort', onCancel, { once: true });
  });
  const running = Promise.resolve().then(() => work(controller.signal));
  // The work may reject after we stopped waiting for it; that rejection is expected, not a crash.
  running.catch(() => undefined);
  try {
    const winner = await Promise.race([running, stopped]);
    if (winner === TIMEOUT || winner === CANCELLED) {
      controller.abort(
        winner === TIMEOUT ? new DeadlineExceededError(options.deadlineMs) : new CancelledError(),
      );
      return { status: winner === TIMEOUT ? 'timeout' : 'cancelled' };
    }
    return { status: 'done', value: winner };
  } finally {
    clearTimeout(timer);
    if (onCancel) options.signal?.removeEventListener('abort', onCancel);
  }
}

export class DeadlineExceededError extends Error {
  constructor(deadlineMs: number) {
    super(`The deadline of ${deadlineMs} ms passed.`);
    this.name = 'TimeoutError';
  }
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled by the user.');
    this.name = 'AbortError';
  }
}

/** Resolves when `promise` settles or after `ms`, whichever comes first; never rejects. */
export async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  const ignore = () => undefined;
  try {
    await Promise.race([promise.then(ignore, ignore), elapsed]);
  } finally {
    clearTimeout(timer);
  }
}
