import { describe, expect, it } from 'vitest';
import { runWithDeadline } from './deadline.ts';

const never = (): Promise<never> => new Promise(() => undefined);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('runWithDeadline', () => {
  it('returns the value of work that finishes in time', async () => {
    await expect(runWithDeadline(() => Promise.resolve(42), { deadlineMs: 1000 })).resolves.toEqual(
      {
        status: 'done',
        value: 42,
      },
    );
  });

  it('ends at the deadline even when the work ignores its signal', async () => {
    const started = performance.now();
    const outcome = await runWithDeadline(never, { deadlineMs: 150 });
    const elapsed = performance.now() - started;
    expect(outcome).toEqual({ status: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(400);
  });

  it('aborts the work signal at the deadline, with a TimeoutError reason', async () => {
    let seen: AbortSignal | undefined;
    await runWithDeadline(
      (signal) => {
        seen = signal;
        return never();
      },
      { deadlineMs: 50 },
    );
    expect(seen?.aborted).toBe(true);
    expect((seen?.reason as Error).name).toBe('TimeoutError');
  });

  it('ends as soon as the user cancels', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const outcome = await runWithDeadline(never, { deadlineMs: 5000, signal: controller.signal });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not start work that was cancelled before it began', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    const outcome = await runWithDeadline(
      () => {
        started = true;
        return Promise.resolve(1);
      },
      { deadlineMs: 1000, signal: controller.signal },
    );
    expect(outcome.status).toBe('cancelled');
    expect(started).toBe(false);
  });

  it('passes on a rejection that happens before the deadline', async () => {
    await expect(
      runWithDeadline(() => Promise.reject(new Error('boom')), { deadlineMs: 1000 }),
    ).rejects.toThrow('boom');
  });

  it('does not surface a rejection that comes after the deadline', async () => {
    const outcome = await runWithDeadline(
      async () => {
        await sleep(100);
        throw new Error('late');
      },
      { deadlineMs: 20 },
    );
    expect(outcome.status).toBe('timeout');
    await sleep(150); // an unhandled rejection here would fail the run
  });
});
