import type { ConnectionTestResult } from '../../../shared/connection-test.ts';

/** The deadline the provider tests use: short, so a hanging provider costs little. */
export const TEST_DEADLINE_MS = 1_500;

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; elapsedMs: number }> {
  const started = performance.now();
  const value = await work();
  return { value, elapsedMs: performance.now() - started };
}

/** Runs `work` with a signal that the test aborts after `afterMs`. */
export async function cancelledAfter(
  afterMs: number,
  work: (signal: AbortSignal) => Promise<ConnectionTestResult>,
): Promise<{ value: ConnectionTestResult; elapsedMs: number }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), afterMs);
  try {
    return await timed(() => work(controller.signal));
  } finally {
    clearTimeout(timer);
  }
}
