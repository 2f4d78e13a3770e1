import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuitGuard } from './quit-guard.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(stop: () => Promise<void>) {
  const exit = vi.fn();
  const warnings: string[] = [];
  const onQuit = createQuitGuard({
    stop,
    timeoutMs: 5_000,
    exit,
    warn: (message) => warnings.push(message),
  });
  const event = () => ({ preventDefault: vi.fn() });
  return { exit, warnings, onQuit, event };
}

describe('createQuitGuard', () => {
  it('holds the quit until the services have stopped, then exits with 0', async () => {
    let finish = (): void => undefined;
    const stop = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { exit, onQuit, event, warnings } = setup(stop);
    const quit = event();
    onQuit(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(exit).not.toHaveBeenCalled();
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(warnings).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('exits after the time limit when the stop hangs, and says so', async () => {
    const { exit, onQuit, event, warnings } = setup(() => new Promise<void>(() => undefined));
    onQuit(event());
    await vi.advanceTimersByTimeAsync(4_999);
    expect(exit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(warnings).toEqual(['quit: the services did not stop in time']);
  });

  it('exits when the stop fails, and logs it', async () => {
    const { exit, onQuit, event, warnings } = setup(() => Promise.reject(new Error('db gone')));
    onQuit(event());
    await vi.advanceTimersByTimeAsync(0);
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(warnings).toEqual(['quit: stopping the services failed']);
  });

  it('exits when the stop throws synchronously', async () => {
    const { exit, onQuit, event } = setup(() => {
      throw new Error('sync');
    });
    onQuit(event());
    await vi.advanceTimersByTimeAsync(0);
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('a second quit while stopping waits for the same stop', async () => {
    let finish = (): void => undefined;
    const stop = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { exit, onQuit, event } = setup(stop);
    onQuit(event());
    const again = event();
    onQuit(again);
    expect(again.preventDefault).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledTimes(1);
  });
});
