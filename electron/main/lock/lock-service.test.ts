import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { AutoLockMinutes, LockState } from '../../../shared/lock.ts';
import { ManualClock } from '../../../test/support/core-manual-clock.ts';
import { createLogger } from '../logging/logger.ts';
import { memorySink } from '../logging/sinks.ts';
import { LockService } from './lock-service.ts';

const POLL_MS = 1_000;

/** A lock service on a manual clock, with an idle time the test moves by hand. */
function lockWith(options: { minutes?: AutoLockMinutes | null; password?: string } = {}) {
  const clock = new ManualClock(0);
  const logs = memorySink();
  let idleSeconds = 0;
  let minutes = options.minutes === undefined ? 15 : options.minutes;
  let signedIn = true;
  const changes: LockState[] = [];
  const events: string[] = [];
  const service = new LockService({
    idleSeconds: () => idleSeconds,
    idleMinutes: () => Promise.resolve(minutes),
    signedIn: () => signedIn,
    verify: (input) =>
      input.method === 'password' && input.password === (options.password ?? 'right')
        ? Promise.resolve()
        : input.method === 'code' && input.code === '123456'
          ? Promise.resolve()
          : Promise.reject(
              input.method === 'password'
                ? new AppError('not_authenticated', 'wrong_credentials')
                : new AppError('invalid_input', 'second_factor_code_wrong'),
            ),
    signOut: () => {
      signedIn = false;
      events.push('signed out');
      return Promise.resolve();
    },
    onLocked: () => {
      events.push('tests cancelled');
      return Promise.resolve();
    },
    onChange: (state) => changes.push(state),
    logger: createLogger({ level: 'debug', sinks: [logs.sink] }),
    clock,
    pollMs: POLL_MS,
  });
  /** Lets `seconds` of idle pass, polling as the service would. */
  const idleFor = async (seconds: number) => {
    for (let passed = 0; passed < seconds; passed += POLL_MS / 1000) {
      idleSeconds += POLL_MS / 1000;
      clock.fireNext();
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    service,
    clock,
    logs,
    changes,
    events,
    idleFor,
    touch: () => (idleSeconds = 0),
    setMinutes: (value: AutoLockMinutes | null) => (minutes = value),
    signOut: () => (signedIn = false),
  };
}

describe('auto-lock', () => {
  it('locks once the system has been idle for the chosen minutes, and not before', async () => {
    const lock = lockWith({ minutes: 5 });
    lock.service.start();
    await lock.idleFor(5 * 60 - 2);
    expect(lock.service.isLocked()).toBe(false);
    await lock.idleFor(2);
    expect(lock.service.isLocked()).toBe(true);
    expect(lock.changes.at(-1)).toEqual({ locked: true, triesLeft: 5 });
    expect(lock.events).toEqual(['tests cancelled']);
  });

  it('starts counting again after any activity', async () => {
    const lock = lockWith({ minutes: 5 });
    lock.service.start();
    await lock.idleFor(290);
    lock.touch();
    await lock.idleFor(290);
    expect(lock.service.isLocked()).toBe(false);
    await lock.idleFor(10);
    expect(lock.service.isLocked()).toBe(true);
  });

  it('locks at once on the system lock screen and on sleep', async () => {
    for (const event of ['lock-screen', 'suspend'] as const) {
      const lock = lockWith();
      lock.service.start();
      await lock.service.onSystemEvent(event);
      expect(lock.service.isLocked()).toBe(true);
      expect(lock.events).toEqual(['tests cancelled']);
    }
  });

  it('never locks by itself when set to "Nunca", not even on sleep', async () => {
    const lock = lockWith({ minutes: null });
    lock.service.start();
    await lock.idleFor(3 * 60 * 60);
    await lock.service.onSystemEvent('suspend');
    await lock.service.onSystemEvent('lock-screen');
    expect(lock.service.isLocked()).toBe(false);
    expect(lock.changes).toEqual([]);
    // "Bloquear ahora" still works.
    await lock.service.lock('manual');
    expect(lock.service.isLocked()).toBe(true);
  });

  it('follows a changed idle time at the next check', async () => {
    const lock = lockWith({ minutes: 60 });
    lock.service.start();
    await lock.idleFor(90);
    expect(lock.service.isLocked()).toBe(false);
    lock.setMinutes(5);
    await lock.idleFor(210);
    expect(lock.service.isLocked()).toBe(true);
  });

  it('has nothing to lock when nobody is signed in', async () => {
    const lock = lockWith({ minutes: 5 });
    lock.signOut();
    lock.service.start();
    await lock.idleFor(600);
    await lock.service.lock('manual');
    expect(lock.service.isLocked()).toBe(false);
  });

  it('unlocks with the right password and starts watching the idle time again', async () => {
    const lock = lockWith({ minutes: 5 });
    lock.service.start();
    await lock.service.lock('manual');
    await expect(lock.service.unlock({ method: 'password', password: 'right' })).resolves.toEqual({
      locked: false,
      triesLeft: 5,
    });
    lock.touch();
    await lock.idleFor(300);
    expect(lock.service.isLocked()).toBe(true);
  });

  it('unlocks with a second-factor code, and counts a wrong code as a wrong try', async () => {
    const lock = lockWith();
    await lock.service.lock('manual');
    await expect(lock.service.unlock({ method: 'code', code: '000000' })).rejects.toMatchObject({
      reason: 'second_factor_code_wrong',
      field: 'code',
      params: { triesLeft: 4 },
    });
    await expect(lock.service.unlock({ method: 'code', code: '123456' })).resolves.toEqual({
      locked: false,
      triesLeft: 5,
    });
  });

  it('counts wrong passwords and signs out at the fifth', async () => {
    const lock = lockWith();
    await lock.service.lock('manual');
    for (const left of [4, 3, 2, 1]) {
      await expect(
        lock.service.unlock({ method: 'password', password: 'wrong' }),
      ).rejects.toMatchObject({
        code: 'not_authenticated',
        reason: 'wrong_credentials',
        params: { triesLeft: left },
      });
      expect(lock.service.state()).toEqual({ locked: true, triesLeft: left });
    }
    await expect(
      lock.service.unlock({ method: 'password', password: 'wrong' }),
    ).rejects.toMatchObject({
      reason: 'unlock_tries_exhausted',
    });
    expect(lock.events).toEqual(['tests cancelled', 'signed out']);
    expect(lock.service.state()).toEqual({ locked: false, triesLeft: 5 });
  });

  it('does not count a rate limit or an unreachable server as a wrong try', async () => {
    const clock = new ManualClock(0);
    const failures = [
      new AppError('rate_limited', 'rate_limited', { params: { retryAfterSeconds: 30 } }),
      new AppError('offline', 'auth_unreachable'),
    ];
    const service = new LockService({
      idleSeconds: () => 0,
      idleMinutes: () => Promise.resolve(15),
      signedIn: () => true,
      verify: () => Promise.reject(failures.shift() ?? new Error('no more')),
      signOut: () => Promise.resolve(),
      onLocked: () => Promise.resolve(),
      onChange: () => undefined,
      logger: createLogger({ level: 'debug', sinks: [memorySink().sink] }),
      clock,
    });
    await service.lock('manual');
    await expect(service.unlock({ method: 'password', password: 'x' })).rejects.toMatchObject({
      code: 'rate_limited',
      params: { retryAfterSeconds: 30 },
    });
    await expect(service.unlock({ method: 'password', password: 'x' })).rejects.toMatchObject({
      reason: 'auth_unreachable',
    });
    expect(service.state()).toEqual({ locked: true, triesLeft: 5 });
  });

  it('never writes the typed password into its logs', async () => {
    const canary = 'canary-unlock-pw-5d1e7a';
    const lock = lockWith();
    await lock.service.lock('manual');
    await expect(lock.service.unlock({ method: 'password', password: canary })).rejects.toThrow();
    expect(lock.logs.text()).not.toContain(canary);
  });
});
