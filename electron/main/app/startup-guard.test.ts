import { describe, expect, it, vi } from 'vitest';
import { runGuardedStartup, startupFailureBox } from './startup-guard.ts';

function guard(
  start: () => Promise<void>,
  overrides: { log?: () => void; show?: () => void } = {},
) {
  const calls: string[] = [];
  const options = {
    start,
    log: vi.fn((error: unknown) => {
      calls.push(`log ${String(error)}`);
      overrides.log?.();
    }),
    showFailure: vi.fn(() => {
      calls.push('box');
      overrides.show?.();
    }),
    exit: vi.fn((code: number) => void calls.push(`exit ${code}`)),
  };
  return { options, calls };
}

describe('runGuardedStartup', () => {
  it('does nothing more when the start succeeds', async () => {
    const { options, calls } = guard(() => Promise.resolve());
    await expect(runGuardedStartup(options)).resolves.toBe(true);
    expect(calls).toEqual([]);
  });

  it('logs a failed start, shows the error box, then exits with 1 (releasing the lock)', async () => {
    const { options, calls } = guard(() => Promise.reject(new Error('keychain gone')));
    await expect(runGuardedStartup(options)).resolves.toBe(false);
    expect(calls).toEqual(['log Error: keychain gone', 'box', 'exit 1']);
  });

  it('exits even when logging and the error box fail', async () => {
    const { options, calls } = guard(() => Promise.reject(new Error('boom')), {
      log: () => {
        throw new Error('disk full');
      },
      show: () => {
        throw new Error('no display');
      },
    });
    await runGuardedStartup(options);
    expect(calls).toEqual(['log Error: boom', 'box', 'exit 1']);
  });
});

describe('startupFailureBox', () => {
  it('names the log folder, in English and in Spanish', () => {
    const logs = '/home/ana/.config/Aterges Desktop/logs';
    const en = startupFailureBox(logs, 'en');
    expect(en.title).toBe('Aterges Desktop could not start');
    expect(en.content).toContain(`\n${logs}\n`);
    const es = startupFailureBox(logs, 'es');
    expect(es.title).toBe('Aterges Desktop no ha podido iniciarse');
    expect(es.content).toContain(`\n${logs}\n`);
    expect(es.content).not.toContain('{{');
  });
});
